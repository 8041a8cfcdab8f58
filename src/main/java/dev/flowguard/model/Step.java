package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.OriginKind;

/**
 * One place on a value's way through a flow: where it appears (a source), each action that keeps or reshapes it (a
 * variable, a Compose, a loop), and where it is used. Steps name actions and fields, never the value.
 *
 * @param node the trigger or action, or null for a parameter or an app setting
 * @param pointer where in the flow file the step's field is (the source action itself, the variable's value …)
 * @param label how a path names the step: the action's name, or {@code parameters('…')}
 * @param role what happens to the value there
 * @param detail what the step names besides its node: the variable a value is kept in; else empty
 * @param kind for a source step, what comes out of it (a Key Vault secret, the trigger's input), so that reports can
 *     say what appears there; null when the step does not say (see {@link Origin#way()})
 */
public record Step(FlowNode node, String pointer, String label, Role role, String detail, OriginKind kind) {

    public Step(FlowNode node, String pointer, String label, Role role, String detail) {
        this(node, pointer, label, role, detail, null);
    }

    public Step(FlowNode node, String pointer, String label, Role role) {
        this(node, pointer, label, role, "", null);
    }

    /** This step as the source of a value of {@code what} kind. */
    public Step from(OriginKind what) {
        return new Step(node, pointer, label, role, detail, what);
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
