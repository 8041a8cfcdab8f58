package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One cloud flow: its triggers, every action at any depth, and its definition parameters.
 *
 * @param solution the solution the flow belongs to
 * @param file the flow file as findings name it
 * @param name the flow's display name
 * @param definitionPointer where {@code definition} is in the file ({@code /properties/definition} in
 *     solutions, {@code /definition} in Logic Apps files, empty for a bare definition)
 * @param actions every action, depth first in file order, nested ones after their container
 * @param logicApp what the Logic Apps host adds around the definition, or null for a Power Automate flow
 */
public record Flow(
        String solution,
        String file,
        String name,
        String definitionPointer,
        JsonNode definition,
        JsonNode connectionReferences,
        List<FlowNode> triggers,
        List<FlowNode> actions,
        Map<String, FlowParameter> parameters,
        LogicApp logicApp) {

    public Flow {
        triggers = List.copyOf(triggers);
        actions = List.copyOf(actions);
        parameters = Map.copyOf(parameters);
    }

    public boolean isLogicApp() {
        return logicApp != null;
    }

    /** Triggers then actions. */
    public Stream<FlowNode> nodes() {
        return Stream.concat(triggers.stream(), actions.stream());
    }

    public Optional<FlowNode> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<FlowParameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
