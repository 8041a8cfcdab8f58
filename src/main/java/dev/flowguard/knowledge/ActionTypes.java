package dev.flowguard.knowledge;

import dev.flowguard.flow.FlowNode;
import java.util.Locale;
import java.util.Set;

/** What the definition language's built-in action types do with values, for the facts that depend on it. */
public final class ActionTypes {

    /** Set variable and the Append actions: {@code inputs.name} and {@code inputs.value}. */
    private static final Set<String> SETTING_VARIABLE = Set.of("setvariable", "appendtostringvariable",
            "appendtoarrayvariable");

    /**
     * Actions that hold or reshape values rather than send them anywhere: a secret-named field in their inputs is
     * kept for later, not used as a credential there.
     */
    private static final Set<String> HOLDING_VALUES = Set.of("compose", "parsejson", "select", "query", "table", "join",
            "initializevariable", "setvariable", "appendtostringvariable", "appendtoarrayvariable",
            "incrementvariable", "decrementvariable");

    private ActionTypes() {
    }

    /** Set variable, Append to string variable, Append to array variable (Initialize variable declares instead). */
    public static boolean setsVariable(FlowNode node) {
        return SETTING_VARIABLE.contains(node.type().toLowerCase(Locale.ROOT));
    }

    public static boolean holdsValues(FlowNode node) {
        return HOLDING_VALUES.contains(node.type().toLowerCase(Locale.ROOT));
    }
}
