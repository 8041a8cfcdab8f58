package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * @param parameters the definition parameters, in file order
 * @param logicApp what the Logic Apps host adds around the definition, or null for a Power Automate flow
 * @param actionsByName every action by its name as written; {@link #action} also finds it whatever the case, as
 *     the platform resolves {@code body('get_secret')} to the action {@code Get_secret}, and so does every rule
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
        LogicApp logicApp,
        Map<String, FlowNode> actionsByName) {

    public Flow {
        triggers = List.copyOf(triggers);
        actions = List.copyOf(actions);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        actionsByName = Collections.unmodifiableMap(actionsByName);
    }

    public Flow(String solution, String file, String name, String definitionPointer, JsonNode definition,
            JsonNode connectionReferences, List<FlowNode> triggers, List<FlowNode> actions,
            Map<String, FlowParameter> parameters, LogicApp logicApp) {
        this(solution, file, name, definitionPointer, definition, connectionReferences, triggers, actions, parameters,
                logicApp, indexByName(actions));
    }

    /** The first action of each name: built for every flow, so names are not lowered here but when looked up. */
    private static Map<String, FlowNode> indexByName(List<FlowNode> actions) {
        Map<String, FlowNode> byName = new HashMap<>(actions.size() * 2);
        for (FlowNode action : actions) {
            byName.putIfAbsent(action.name(), action);
        }
        return byName;
    }

    public boolean isLogicApp() {
        return logicApp != null;
    }

    /** Triggers then actions. */
    public Stream<FlowNode> nodes() {
        return Stream.concat(triggers.stream(), actions.stream());
    }

    /** The action named {@code name}, whatever its letter case, as the runtime resolves it. */
    public Optional<FlowNode> action(String name) {
        if (name == null) {
            return Optional.empty();
        }
        FlowNode exact = actionsByName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        // names are unique in a definition whatever their case: a reference in another case means the same action
        return actions.stream().filter(action -> action.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The definition parameter named {@code name}: as written, else whatever its letter case. */
    public Optional<FlowParameter> parameter(String name) {
        if (name == null) {
            return Optional.empty();
        }
        FlowParameter exact = parameters.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return parameters.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }
}
