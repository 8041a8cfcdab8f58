package dev.flowguard.scan;

import dev.flowguard.model.ChildFlowFacts;
import dev.flowguard.model.CrossFlow;
import dev.flowguard.model.PathStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Secrets that cross from one flow of a solution to another: a parent that runs a child flow with a secret in the
 * call's body, a child that hands one back in its Response. Once every flow is checked alone, the flows that
 * receive such a secret are checked again knowing it, and their findings replace the first ones, for a few rounds:
 * parent to child, back to the parent, on to a grandchild.
 */
final class CrossFlows {

    /** Parent to child and back to the parent, and once more for a grandchild. */
    private static final int MAX_ROUNDS = 3;

    private CrossFlows() {
    }

    /** @param recheck checks the flow of one outcome (by index) again, knowing what the other flows share with it */
    static void recheck(List<FlowOutcome> outcomes, BiFunction<Integer, CrossFlow, FlowOutcome> recheck) {
        List<CrossFlow> known = new ArrayList<>(Collections.nCopies(outcomes.size(), CrossFlow.NONE));
        // a secret a parent sends can come back from the child only once the child knows it: a few rounds settle it
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, Set<String>> sentTo = new HashMap<>();
            Map<String, Set<String>> returnedBy = new HashMap<>();
            // the ways the secrets took: a field two parents send shows the way of the first, in file order
            Map<String, Map<String, List<PathStep>>> waysTo = new HashMap<>();
            Map<String, Map<String, List<PathStep>>> waysBack = new HashMap<>();
            for (FlowOutcome outcome : outcomes) {
                ChildFlowFacts facts = outcome.facts();
                facts.secretsSent().forEach((child, fields) ->
                        sentTo.computeIfAbsent(child, k -> new TreeSet<>()).addAll(fields));
                facts.waysSent().forEach((child, ways) -> ways.forEach((field, way) ->
                        waysTo.computeIfAbsent(child, k -> new TreeMap<>()).putIfAbsent(field, way)));
                if (facts.workflowId() != null && !facts.secretsReturned().isEmpty()) {
                    returnedBy.put(facts.workflowId(), facts.secretsReturned());
                    waysBack.put(facts.workflowId(), facts.waysReturned());
                }
            }
            if (sentTo.isEmpty() && returnedBy.isEmpty()) {
                return;
            }
            boolean changed = false;
            for (int i = 0; i < outcomes.size(); i++) {
                CrossFlow crossFlow = crossFlowOf(outcomes.get(i).facts(), sentTo, returnedBy, waysTo, waysBack);
                if (!crossFlow.equals(known.get(i))) {
                    known.set(i, crossFlow);
                    outcomes.set(i, recheck.apply(i, crossFlow));
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private static CrossFlow crossFlowOf(ChildFlowFacts facts, Map<String, Set<String>> sentTo,
            Map<String, Set<String>> returnedBy, Map<String, Map<String, List<PathStep>>> waysTo,
            Map<String, Map<String, List<PathStep>>> waysBack) {
        String id = facts.workflowId();
        Set<String> received = id == null ? Set.of() : sentTo.getOrDefault(id, Set.of());
        Map<String, Set<String>> handedBack = new HashMap<>();
        Map<String, Map<String, List<PathStep>>> waysHandedBack = new HashMap<>();
        facts.childCalls().forEach((action, child) -> {
            Set<String> fields = returnedBy.get(child);
            if (fields != null) {
                handedBack.put(action, fields);
                waysHandedBack.put(action, waysBack.getOrDefault(child, Map.of()));
            }
        });
        if (received.isEmpty() && handedBack.isEmpty()) {
            return CrossFlow.NONE;
        }
        return new CrossFlow(received, handedBack, received.isEmpty() ? Map.of() : waysTo.getOrDefault(id, Map.of()),
                waysHandedBack);
    }
}
