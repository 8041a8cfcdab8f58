package dev.flowguard.rules.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where a flow gives a variable its values: Initialize, Set and Append variable. */
final class VariableAssignments {

    private static final Set<String> ASSIGNING_TYPES = Set.of("setvariable", "appendtostringvariable",
            "appendtoarrayvariable");

    private VariableAssignments() {
    }

    /** Every value the flow initialises, sets or appends variable {@code name} to. */
    static List<JsonNode> valuesAssignedTo(Flow flow, String name) {
        List<JsonNode> values = new ArrayList<>();
        for (FlowNode action : flow.actions()) {
            if (action.isType("InitializeVariable")) {
                for (JsonNode variable : action.inputs().path("variables")) {
                    if (variable.path("name").asText("").equalsIgnoreCase(name) && variable.has("value")) {
                        values.add(variable.get("value"));
                    }
                }
            } else if (ASSIGNING_TYPES.contains(action.type().toLowerCase(Locale.ROOT))
                    && action.inputs().path("name").asText("").equalsIgnoreCase(name) && action.inputs().has("value")) {
                values.add(action.inputs().get("value"));
            }
        }
        return values;
    }
}
