package dev.flowguard.flow.expr;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The functions through which an expression reads data the flow produced or was given. */
public enum ReferenceKind {
    /** {@code body('X')}, {@code actionBody('X')}: the body of action X's outputs. */
    ACTION_BODY,
    /** {@code outputs('X')}, {@code actionOutputs('X')}: action X's outputs (headers, body, status). */
    ACTION_OUTPUTS,
    /** {@code actions('X')}: action X's whole record, inputs and outputs. */
    ACTION,
    /** {@code result('Scope')}: the results of the actions inside a Scope, Foreach or Until. */
    RESULT,
    /** {@code items('Loop')}: the current element of a Foreach. */
    ITEMS,
    /** {@code item()}: the current element of the innermost loop, or of Select/Filter array. */
    ITEM,
    /** {@code variables('v')}. */
    VARIABLE,
    /** {@code parameters('p')}: definition parameters, environment variables among them. */
    PARAMETER,
    /** {@code triggerBody()}, {@code triggerFormDataValue(…)} and the other trigger-body readers. */
    TRIGGER_BODY,
    /** {@code triggerOutputs()}. */
    TRIGGER_OUTPUTS,
    /** {@code trigger()}. */
    TRIGGER,
    /** {@code workflow()}. */
    WORKFLOW,
    /** {@code iterationIndexes('Until')}. */
    ITERATION_INDEXES,
    /** {@code action()}: the current action, in expressions evaluated after it ran. */
    CURRENT_ACTION;

    private static final Map<String, ReferenceKind> BY_FUNCTION = Map.ofEntries(
            Map.entry("body", ACTION_BODY),
            Map.entry("actionbody", ACTION_BODY),
            Map.entry("outputs", ACTION_OUTPUTS),
            Map.entry("actionoutputs", ACTION_OUTPUTS),
            Map.entry("actions", ACTION),
            Map.entry("result", RESULT),
            Map.entry("items", ITEMS),
            Map.entry("item", ITEM),
            Map.entry("variables", VARIABLE),
            Map.entry("parameters", PARAMETER),
            Map.entry("triggerbody", TRIGGER_BODY),
            Map.entry("triggerformdatavalue", TRIGGER_BODY),
            Map.entry("triggerformdatamultivalues", TRIGGER_BODY),
            Map.entry("triggermultipartbody", TRIGGER_BODY),
            Map.entry("triggeroutputs", TRIGGER_OUTPUTS),
            Map.entry("trigger", TRIGGER),
            Map.entry("workflow", WORKFLOW),
            Map.entry("iterationindexes", ITERATION_INDEXES),
            Map.entry("action", CURRENT_ACTION));

    /** The kind a function name reads, ignoring case as the runtime does. */
    public static Optional<ReferenceKind> ofFunction(String name) {
        return Optional.ofNullable(BY_FUNCTION.get(name.toLowerCase(Locale.ROOT)));
    }

    /** True for the kinds whose argument names an action. */
    public boolean namesAction() {
        return this == ACTION_BODY || this == ACTION_OUTPUTS || this == ACTION || this == RESULT;
    }
}
