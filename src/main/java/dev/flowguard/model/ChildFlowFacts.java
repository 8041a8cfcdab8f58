package dev.flowguard.model;

import dev.flowguard.flow.SourceLocation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one flow's check tells the other flows of its solution (see {@link CrossFlow}).
 *
 * @param workflowId the flow's id, from its file name ({@code Name-<id>.json}), lower case; null when it has none
 * @param childCalls the flow's Workflow actions (by name) and the id of the child flow each runs
 * @param secretsSent per child id, the body fields this flow fills with a secret when it runs that child
 * @param secretsReturned the fields of this flow's Response body that hold a secret
 * @param waysSent per child id and body field, the way the secret took in this flow, ending at the call's field
 * @param waysReturned per Response body field, the way the secret took in this flow, ending at the Response's field
 */
public record ChildFlowFacts(String workflowId, Map<String, String> childCalls, Map<String, Set<String>> secretsSent,
        Set<String> secretsReturned, Map<String, Map<String, List<PathStep>>> waysSent,
        Map<String, List<PathStep>> waysReturned) {

    public static final ChildFlowFacts NONE = new ChildFlowFacts(null, Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    public ChildFlowFacts {
        childCalls = Map.copyOf(childCalls);
        secretsSent = Map.copyOf(secretsSent);
        secretsReturned = Set.copyOf(secretsReturned);
        Map<String, Map<String, List<PathStep>>> sent = new LinkedHashMap<>();
        waysSent.forEach((child, byField) -> sent.put(child, copy(byField)));
        waysSent = Map.copyOf(sent);
        waysReturned = copy(waysReturned);
    }

    /**
     * The pointers of the steps in {@code file} (this flow's) whose line is not known yet: the ways are made from the
     * flow's model, and only the scan has the file's text to place them.
     */
    public Set<String> unlocated(String file) {
        Set<String> pointers = new LinkedHashSet<>();
        waysSent.values().forEach(byField -> byField.values().forEach(way -> add(pointers, way, file)));
        waysReturned.values().forEach(way -> add(pointers, way, file));
        return pointers;
    }

    /** These facts with the steps of {@code file} placed at {@code locations}. */
    public ChildFlowFacts located(String file, Map<String, SourceLocation> locations) {
        Map<String, Map<String, List<PathStep>>> sent = new LinkedHashMap<>();
        waysSent.forEach((child, byField) -> sent.put(child, located(byField, file, locations)));
        return new ChildFlowFacts(workflowId, childCalls, secretsSent, secretsReturned, sent,
                located(waysReturned, file, locations));
    }

    private static void add(Set<String> pointers, List<PathStep> way, String file) {
        for (PathStep step : way) {
            if (step.awaitsLocation(file)) {
                pointers.add(step.pointer());
            }
        }
    }

    private static Map<String, List<PathStep>> located(Map<String, List<PathStep>> byField, String file,
            Map<String, SourceLocation> locations) {
        Map<String, List<PathStep>> placed = new LinkedHashMap<>();
        byField.forEach((field, way) -> placed.put(field, way.stream()
                .map(step -> step.awaitsLocation(file) ? step.at(locations.get(step.pointer())) : step).toList()));
        return placed;
    }

    /** An immutable copy, lists and all. */
    static Map<String, List<PathStep>> copy(Map<String, List<PathStep>> byField) {
        Map<String, List<PathStep>> copy = new LinkedHashMap<>();
        byField.forEach((field, way) -> copy.put(field, List.copyOf(way)));
        return Map.copyOf(copy);
    }
}
