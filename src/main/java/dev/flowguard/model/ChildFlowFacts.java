package dev.flowguard.model;

import java.util.Map;
import java.util.Set;

/**
 * What one flow's check tells the other flows of its solution (see {@link CrossFlow}).
 *
 * @param workflowId the flow's id, from its file name ({@code Name-<id>.json}), lower case; null when it has none
 * @param childCalls the flow's Workflow actions (by name) and the id of the child flow each runs
 * @param secretsSent per child id, the body fields this flow fills with a secret when it runs that child
 * @param secretsReturned the fields of this flow's Response body that hold a secret
 */
public record ChildFlowFacts(String workflowId, Map<String, String> childCalls, Map<String, Set<String>> secretsSent,
        Set<String> secretsReturned) {

    public static final ChildFlowFacts NONE = new ChildFlowFacts(null, Map.of(), Map.of(), Set.of());

    public ChildFlowFacts {
        childCalls = Map.copyOf(childCalls);
        secretsSent = Map.copyOf(secretsSent);
        secretsReturned = Set.copyOf(secretsReturned);
    }
}
