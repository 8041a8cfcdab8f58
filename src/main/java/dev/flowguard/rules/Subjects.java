package dev.flowguard.rules;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.NodeRole;

/** How messages name what they are about, the same way in every rule. */
public final class Subjects {

    private Subjects() {
    }

    /** {@code Action 'Call_API' of flow 'Sync'}, {@code Trigger 'manual' of flow 'Sync'}, or {@code Flow 'Sync'}. */
    public static String of(Flow flow, FlowNode node) {
        if (node == null) {
            return "Flow '" + flow.name() + "'";
        }
        return (node.role() == NodeRole.TRIGGER ? "Trigger '" : "Action '") + node.name() + "' of flow '" + flow.name()
                + "'";
    }

    /** {@code 'Call_API' (Http) of flow 'Sync'}: the node with its type. */
    public static String typed(Flow flow, FlowNode node) {
        return "'" + node.name() + "' (" + node.type() + ") of flow '" + flow.name() + "'";
    }

    /** {@code Http action 'Call_API'}, {@code trigger 'manual'}. */
    public static String node(FlowNode node) {
        String role = node.role() == NodeRole.TRIGGER ? "trigger" : "action";
        return (node.type().isEmpty() ? "" : node.type() + " ") + role + " '" + node.name() + "'";
    }

    /** {@code Action} or {@code Trigger}, as a sentence about the node starts. */
    public static String role(FlowNode node) {
        return node.role() == NodeRole.TRIGGER ? "Trigger" : "Action";
    }
}
