package dev.flowguard.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the other flows of a solution tell one flow's check: secrets a parent flow sends in the body of the call
 * that runs this flow, and secrets the child flows this flow runs hand back in their Response, each with the way it
 * took in the other flow, so that a path can start where the secret first appeared.
 *
 * @param triggerSecretFields the body fields of this flow's request trigger that a parent fills with a secret;
 *     {@code *} when the whole body is one
 * @param childSecretFields per Workflow action (by name), the fields of its child's response that hold a secret;
 *     {@code *} when the whole response is one
 * @param triggerWays per trigger field, the way the secret took in the parent, up to the call's body field
 * @param childWays per Workflow action and response field, the way the secret took in the child, up to its Response
 */
public record CrossFlow(Set<String> triggerSecretFields, Map<String, Set<String>> childSecretFields,
        Map<String, List<PathStep>> triggerWays, Map<String, Map<String, List<PathStep>>> childWays) {

    /** A flow alone, or one no other flow shares a secret with. */
    public static final CrossFlow NONE = new CrossFlow(Set.of(), Map.of());

    /** The field that stands for a whole body. */
    public static final String WHOLE = "*";

    public CrossFlow {
        triggerSecretFields = Set.copyOf(triggerSecretFields);
        childSecretFields = Map.copyOf(childSecretFields);
        triggerWays = ChildFlowFacts.copy(triggerWays);
        Map<String, Map<String, List<PathStep>>> ways = new LinkedHashMap<>();
        childWays.forEach((action, byField) -> ways.put(action, ChildFlowFacts.copy(byField)));
        childWays = Map.copyOf(ways);
    }

    /** Only the fields, without the ways they took. */
    public CrossFlow(Set<String> triggerSecretFields, Map<String, Set<String>> childSecretFields) {
        this(triggerSecretFields, childSecretFields, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return triggerSecretFields.isEmpty() && childSecretFields.isEmpty();
    }
}
