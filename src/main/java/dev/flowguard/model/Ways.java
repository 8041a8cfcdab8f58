package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.flow.NodeRole;
import dev.flowguard.flow.expr.Reference;
import dev.flowguard.flow.expr.ReferenceKind;
import dev.flowguard.knowledge.OriginKind;
import dev.flowguard.knowledge.RunHistory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A secret's way as reports show it ({@link PathStep}s, source first): the steps it took in other flows of the
 * solution before it entered this one (a parent's Key Vault read and the call that sent it, a child's Response that
 * handed it back), its steps in this flow, and the place it is used. Each step says in a few words what happens to
 * the secret there, from names, fields and the kind of secret only: never from a value.
 */
public final class Ways {

    /** Property names a read passes through on its way to a body field: {@code triggerOutputs()?['body']?['x']}. */
    private static final Set<String> STRUCTURAL = Set.of("body", "outputs");

    /** The built-in actions that pass a value on, as the designer names them. */
    private static final Map<String, String> CARRIERS = Map.of("compose", "Compose", "parsejson", "Parse JSON",
            "select", "Select", "query", "Filter array", "join", "Join", "table", "Create table");

    private Ways() {
    }

    /**
     * @param path the steps in this flow, source first ({@link Origin#way()})
     * @param sink the trigger or action the secret is used in, or null when the way ends at the path's last step
     * @param sinkPointer where in the flow file it is used (the finding's pointer); the last step is not repeated
     *     when it is already there
     * @return the steps; those in this flow's file have no line yet, those in other flows' files have theirs
     */
    public static List<PathStep> of(FlowModel model, List<Step> path, FlowNode sink, String sinkPointer) {
        if (path.isEmpty()) {
            return List.of();
        }
        String file = model.flow().file();
        List<PathStep> way = new ArrayList<>();
        Step source = path.get(0);
        Entry entry = entry(model, path, sink, sinkPointer);
        if (entry != null) {
            way.addAll(entry.before());
        }
        for (int i = 0; i < path.size(); i++) {
            Step step = path.get(i);
            String text = i == 0 ? entry != null ? entry.arrival() : source(step) : carrier(step);
            way.add(PathStep.unplaced(file, step.label(), step.pointer(), text));
        }
        Step last = path.get(path.size() - 1);
        if (sink != null && sinkPointer != null && !sinkPointer.equals(last.pointer())) {
            way.add(PathStep.unplaced(file, sink.name(), sinkPointer, use(sink, relative(sink, sinkPointer))));
        }
        return List.copyOf(way);
    }

    /**
     * {@code path} when the value reaches the sink through carriers (a variable, a Compose, a loop, another flow),
     * else none: a credential slot that reads its source directly has no way worth drawing beyond its message.
     */
    public static List<Step> throughCarriers(FlowModel model, List<Step> path, FlowNode sink, String sinkPointer) {
        return path.size() > 1 || entry(model, path, sink, sinkPointer) != null ? path : List.of();
    }

    // ---- across flows -----------------------------------------------------------------------------------------------

    /** How a secret entered this flow from another: its way there, and how its first step here says it arrived. */
    private record Entry(List<PathStep> before, String arrival) {
    }

    /**
     * The way before this flow, when the path starts where another flow hands the secret over: this flow's request
     * trigger (a parent sent it) or a Workflow action (the child handed it back). Which of the fields that crossed is
     * the one is read from the first step after the source, the one that reads it; when that does not tell, the path
     * starts here, as it does for a flow alone.
     */
    private static Entry entry(FlowModel model, List<Step> path, FlowNode sink, String sinkPointer) {
        Step source = path.get(0);
        FlowNode node = source.node();
        CrossFlow crossFlow = model.crossFlow();
        if (node == null || source.role() != Step.Role.SOURCE || crossFlow.isEmpty()) {
            return null;
        }
        boolean trigger = node.role() == NodeRole.TRIGGER;
        Map<String, List<PathStep>> ways = trigger ? crossFlow.triggerWays()
                : crossFlow.childWays().getOrDefault(node.name(), Map.of());
        if (ways.isEmpty()) {
            return null;
        }
        FlowNode reader = path.size() > 1 ? path.get(1).node() : sink;
        String readAt = path.size() > 1 ? path.get(1).pointer() : sinkPointer;
        String field = field(ways.keySet(), reader == null || readAt == null ? Set.of()
                : fieldsRead(model, reader, readAt, source));
        if (field == null) {
            return null;
        }
        String as = field.equals(CrossFlow.WHOLE) ? "as its whole body" : "as " + field;
        return new Entry(ways.get(field), trigger ? "received from the calling flow " + as
                : "handed back by the child flow " + as);
    }

    /** The field that crossed which the reader reads; null when it reads one that did not cross, or cannot tell. */
    private static String field(Set<String> crossed, Set<String> read) {
        for (String name : read) {
            for (String field : crossed) {
                if (field.equalsIgnoreCase(name)) {
                    return field;
                }
            }
        }
        if (crossed.contains(CrossFlow.WHOLE)) {
            return CrossFlow.WHOLE;
        }
        return read.isEmpty() && crossed.size() == 1 ? crossed.iterator().next() : null;
    }

    /** The top-level body fields of the source that the reader's strings at {@code pointer} read. */
    private static Set<String> fieldsRead(FlowModel model, FlowNode reader, String pointer, Step source) {
        Set<String> fields = new LinkedHashSet<>();
        for (Site site : model.expressionSitesOf(reader)) {
            String at = site.pointer();
            if (!at.equals(pointer) && !at.startsWith(pointer + "/")) {
                continue;
            }
            for (Reference reference : site.references()) {
                if (reads(reference, source)) {
                    String field = firstField(reference.path());
                    if (field != null) {
                        fields.add(field);
                    }
                }
            }
        }
        return fields;
    }

    private static boolean reads(Reference reference, Step source) {
        ReferenceKind kind = reference.kind();
        if (source.node().role() == NodeRole.TRIGGER) {
            return kind == ReferenceKind.TRIGGER_BODY || kind == ReferenceKind.TRIGGER_OUTPUTS
                    || kind == ReferenceKind.TRIGGER;
        }
        return kind.namesAction() && source.node().name().equalsIgnoreCase(reference.name());
    }

    private static String firstField(List<String> path) {
        for (String element : path) {
            for (String part : element.split("/")) {
                if (part.isEmpty() || STRUCTURAL.contains(part.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                return part.equals(Reference.DYNAMIC) ? null : part;
            }
        }
        return null;
    }

    // ---- what each step says ------------------------------------------------------------------------------------------

    /** Where the secret appears: what it is, read or received there. */
    static String source(Step step) {
        OriginKind kind = step.kind();
        if (kind == null) {
            return "the value appears here";
        }
        return switch (kind) {
            case KEY_VAULT -> "Key Vault secret read here";
            case ENVIRONMENT_VARIABLE_SECRET_ACTION -> "Secret environment variable's value read here";
            case SECRET_ENVIRONMENT_VARIABLE -> "Secret environment variable read here";
            case SECURE_PARAMETER -> "secure parameter read here";
            case PLATFORM_AUTHENTICATION -> "the connection's own authentication";
            case APP_SETTING -> "secret-named app setting read here";
            case ENVIRONMENT_VARIABLE -> "secret-named environment variable of a plain type read here";
            case ENVIRONMENT_VARIABLE_TABLE -> "environment variable's value read here from the Dataverse tables";
            case ENVIRONMENT_VARIABLE_OF_UNKNOWN_TYPE -> "environment variable of unknown type read here";
            case EXTERNAL_PARAMETER -> "parameter set outside the flow read here";
            case PLAIN_PARAMETER -> "parameter of a plain type read here";
            case TRIGGER_INPUT -> "credential received here from the flow's caller";
            case TOKEN_RESPONSE -> "token issued here";
            case RESPONSE -> "secret-named field of this action's response read here";
            case STORED_DATA -> "secret-named column read here";
            case CHILD_FLOW -> "secret handed back here by a child flow";
            case OTHER -> "value computed here at run time";
            case UNPARSED -> "read here by an expression flowguard cannot parse";
        };
    }

    /** An action the secret passes through on its way. */
    static String carrier(Step step) {
        String type = step.node() == null ? "" : RunHistory.type(step.node());
        return switch (step.role()) {
            case VARIABLE -> (type.startsWith("appendto") ? "appended to variable " : "kept in variable ") + step.detail();
            case LOOP_ITEM -> "looped over: each item of this loop holds it";
            case SCOPE_RESULT -> "returned by result('" + step.label() + "')";
            case SOURCE -> source(step);
            case OUTPUTS -> "passed on by this " + CARRIERS.getOrDefault(type, "action");
        };
    }

    /** Where the secret is used, from the field it is in: {@code /inputs/headers/x-api-key} is a header. */
    static String use(FlowNode node, String relativePointer) {
        List<String> at = new ArrayList<>();
        for (String segment : relativePointer.split("/")) {
            if (!segment.isEmpty()) {
                at.add(JsonPointers.unescape(segment));
            }
        }
        String type = RunHistory.type(node);
        String first = at.isEmpty() ? "" : at.get(0);
        String second = at.size() > 1 ? at.get(1) : "";
        String rest = at.size() > 2 ? String.join("/", at.subList(2, at.size())) : "";
        if (first.equals("inputs") && second.equals("body") && (type.equals("workflow") || type.equals("response"))) {
            String field = at.size() > 2 ? at.get(2) : null;
            String to = type.equals("workflow") ? "sent to the child flow" : "returned to the caller";
            return field == null ? to + " as its whole body" : to + " as " + field;
        }
        if (type.equals("initializevariable") && second.equals("variables") && at.size() > 2) {
            String name = node.inputs().path("variables").path(index(at.get(2))).path("name").asText("");
            return "kept in variable " + name;
        }
        if (type.startsWith("appendto") && second.equals("value")) {
            return "appended to variable " + node.inputs().path("name").asText("");
        }
        if (type.equals("setvariable") && second.equals("value")) {
            return "kept in variable " + node.inputs().path("name").asText("");
        }
        if (first.equals("foreach")) {
            return "looped over by this Apply to each";
        }
        if (first.equals("expression")) {
            return "used in this condition";
        }
        if (!first.equals("inputs")) {
            return at.isEmpty() ? "used here" : "used in " + String.join("/", at);
        }
        String carrier = CARRIERS.get(type);
        if (carrier != null) {
            return "passed to this " + carrier;
        }
        return switch (second) {
            case "headers" -> at.size() > 2 ? "sent in header " + at.get(2) : "sent in the headers";
            case "queries" -> at.size() > 2 ? "sent in query " + at.get(2) : "sent in the query";
            case "uri" -> "sent in the URI";
            case "body" -> rest.isEmpty() ? "sent in the body" : "sent in body field " + rest;
            case "authentication" -> rest.isEmpty() ? "used as the authentication" : "used as the authentication's " + rest;
            case "parameters" -> rest.isEmpty() ? "sent in the parameters" : "sent as parameter " + rest;
            case "" -> "used in the inputs";
            default -> "used in inputs/" + second + (rest.isEmpty() ? "" : "/" + rest);
        };
    }

    private static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String relative(FlowNode node, String pointer) {
        return pointer.startsWith(node.jsonPointer()) ? pointer.substring(node.jsonPointer().length()) : "";
    }
}
