package dev.flowguard.rules.exposure;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.rules.ChildFlowFacts;
import dev.flowguard.rules.CrossFlow;
import dev.flowguard.rules.FlowContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a flow shares with its parent and child flows, from its own exposure analysis: the secrets it sends in the
 * body of each child flow it runs, and those its Response hands back to whoever ran it. The scanner passes them on
 * ({@link CrossFlow}) when both flows are in the solution.
 */
public final class ChildFlows {

    private static final Pattern WORKFLOW_ID = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.json$");
    private static final String BODY = "/inputs/body";

    private ChildFlows() {
    }

    public static ChildFlowFacts of(FlowContext context) {
        Map<String, String> calls = new HashMap<>();
        boolean responds = false;
        for (FlowNode action : context.flow().actions()) {
            if (action.isType("Workflow")) {
                String child = action.inputs().path("host").path("workflowReferenceName").asText("");
                if (!child.isEmpty()) {
                    calls.put(action.name(), child.toLowerCase(Locale.ROOT));
                }
            }
            responds |= action.isType("Response");
        }
        String id = workflowId(context.flow().file());
        if (calls.isEmpty() && (!responds || id == null)) {
            return ChildFlowFacts.NONE;
        }
        Map<String, Set<String>> sent = new HashMap<>();
        Set<String> returned = new TreeSet<>();
        for (Exposure.Receiver receiver : ExposureRules.analyze(context).receivers()) {
            String child = calls.get(receiver.node().name());
            boolean response = receiver.node().isType("Response");
            if (child == null && !response) {
                continue;
            }
            for (Exposure.TaintedSite site : receiver.sites()) {
                String field = bodyField(site.relativePointer());
                if (field != null && !site.taint().secrets().isEmpty()) {
                    (response ? returned : sent.computeIfAbsent(child, k -> new TreeSet<>())).add(field);
                }
            }
        }
        return new ChildFlowFacts(id, calls, sent, returned);
    }

    /** A flow's id as other flows run it: the GUID its solution file is named with. */
    public static String workflowId(String file) {
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
