package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.TriggerInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a flow shares with its parent and child flows, from its own origins: the secrets it sends in the body of each
 * child flow it runs, and those its Response hands back to whoever ran it. The scanner passes them on
 * ({@link CrossFlow}) when both flows are in the solution.
 */
final class ChildFlows {

    private static final Pattern WORKFLOW_ID = Pattern.compile("(" + Literals.GUID_TEXT + ")\\.json$");
    private static final String BODY = "/inputs/body";

    private ChildFlows() {
    }

    static ChildFlowFacts of(FlowModel model) {
        Map<String, String> calls = new HashMap<>();
        for (FlowNode action : model.flow().actions()) {
            if (action.isType("Workflow")) {
                String child = action.inputs().path("host").path("workflowReferenceName").asText("");
                if (!child.isEmpty()) {
                    calls.put(action.name(), child.toLowerCase(Locale.ROOT));
                }
            }
        }
        String id = workflowId(model.flow().file());
        // a flow another one can run: its trigger takes what the caller sends
        boolean callable = id != null && model.flow().triggers().stream().anyMatch(TriggerInputs::receivesCallerData);
        if (calls.isEmpty() && !callable) {
            return ChildFlowFacts.NONE;
        }
        Map<String, Set<String>> sent = new HashMap<>();
        Set<String> returned = new TreeSet<>();
        Map<String, Map<String, List<PathStep>>> waysSent = new HashMap<>();
        Map<String, List<PathStep>> waysReturned = new HashMap<>();
        for (Receiver receiver : model.receivers()) {
            String child = calls.get(receiver.node().name());
            boolean response = receiver.node().isType("Response");
            if (child == null && !response) {
                continue;
            }
            for (Receiver.SecretSite site : receiver.sites()) {
                String field = bodyField(site.relativePointer());
                if (field != null) {
                    (response ? returned : sent.computeIfAbsent(child, k -> new TreeSet<>())).add(field);
                    // the first string that sends the field shows its way, as the FG30x messages show the first
                    (response ? waysReturned : waysSent.computeIfAbsent(child, k -> new HashMap<>()))
                            .computeIfAbsent(field, k -> Ways.of(model, shown(site.origins()).way(), receiver.node(),
                                    site.site().pointer()));
                }
            }
        }
        return new ChildFlowFacts(callable ? id : null, calls, sent, returned, waysSent, waysReturned);
    }

    /** The way a path shows first: one that leaves the secret visible, when there is one. */
    private static Origin shown(Origins origins) {
        List<Origin> ordered = origins.ordered();
        return ordered.stream().filter(o -> !o.viaHiddenOutputs()).findFirst().orElse(ordered.get(0));
    }

    /** A flow's id as other flows run it: the GUID its solution file is named with. */
    static String workflowId(String file) {
        Matcher matcher = WORKFLOW_ID.matcher(file);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The body's top-level field a site is in, {@link CrossFlow#WHOLE} for the body itself, null outside the body. */
    private static String bodyField(String relativePointer) {
        if (relativePointer.equals(BODY)) {
            return CrossFlow.WHOLE;
        }
        if (!relativePointer.startsWith(BODY + "/")) {
            return null;
        }
        String rest = relativePointer.substring(BODY.length() + 1);
        int slash = rest.indexOf('/');
        return JsonPointers.unescape(slash < 0 ? rest : rest.substring(0, slash));
    }
}
