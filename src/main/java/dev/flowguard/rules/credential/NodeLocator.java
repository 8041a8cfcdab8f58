package dev.flowguard.rules.credential;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import java.util.Comparator;
import java.util.List;

/** Finds the trigger or action a JSON pointer falls into: the deepest one whose own pointer leads to it. */
final class NodeLocator {

    private final Flow flow;
    /** Sorted on first use: most flows have no string to locate, and sorting costs more than their search. */
    private List<FlowNode> deepestFirst;

    NodeLocator(Flow flow) {
        this.flow = flow;
    }

    /** The node holding {@code pointer}, or null when it is outside every trigger and action. */
    FlowNode nodeAt(String pointer) {
        if (deepestFirst == null) {
            deepestFirst = flow.nodes()
                    .sorted(Comparator.comparingInt((FlowNode n) -> n.jsonPointer().length()).reversed())
                    .toList();
        }
        for (FlowNode node : deepestFirst) {
            String own = node.jsonPointer();
            if (pointer.equals(own) || pointer.startsWith(own) && pointer.charAt(own.length()) == '/') {
                return node;
            }
        }
        return null;
    }
}
