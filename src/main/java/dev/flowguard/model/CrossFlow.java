package dev.flowguard.model;

import java.util.Map;
import java.util.Set;

/**
 * What the other flows of a solution tell one flow's check: secrets a parent flow sends in the body of the call
 * that runs this flow, and secrets the child flows this flow runs hand back in their Response.
 *
 * @param triggerSecretFields the body fields of this flow's request trigger that a parent fills with a secret;
 *     {@code *} when the whole body is one
 * @param childSecretFields per Workflow action (by name), the fields of its child's response that hold a secret;
 *     {@code *} when the whole response is one
 */
public record CrossFlow(Set<String> triggerSecretFields, Map<String, Set<String>> childSecretFields) {

    /** A flow alone, or one no other flow shares a secret with. */
    public static final CrossFlow NONE = new CrossFlow(Set.of(), Map.of());

    /** The field that stands for a whole body. */
    public static final String WHOLE = "*";

    public CrossFlow {
        triggerSecretFields = Set.copyOf(triggerSecretFields);
        childSecretFields = Map.copyOf(childSecretFields);
    }

    public boolean isEmpty() {
        return triggerSecretFields.isEmpty() && childSecretFields.isEmpty();
    }
}
