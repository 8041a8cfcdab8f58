package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;

/**
 * One place on a value's way through a flow: where it appears (a source), each action that keeps or reshapes it (a
 * variable, a Compose, a loop), and where it is used. Steps name actions and fields, never the value.
 *
 * @param node the trigger or action, or null for a parameter or an app setting
 * @param pointer where in the flow file the step's field is (the source action itself, the variable's value …)
 * @param label how a path names the step: the action's name, or {@code parameters('…')}
 * @param role what happens to the value there
 * @param detail what the step names besides its node: the variable a value is kept in; else empty
 */
public record Step(FlowNode node, String pointer, String label, Role role, String detail) {

    public Step(FlowNode node, String pointer, String label, Role role) {
        this(node, pointer, label, role, "");
    }

    public enum Role {
        /** Where the value appears: a Key Vault read, a parameter, a trigger, a response. */
        SOURCE,
        /** Kept in a variable. */
        VARIABLE,
        /** Passed on by an action's outputs: Compose, Parse JSON, Select, Filter array, a child flow's call. */
        OUTPUTS,
        /** The current item of a loop over it. */
        LOOP_ITEM,
        /** What a Scope's, loop's or condition's {@code result()} returns. */
        SCOPE_RESULT
    }
}
