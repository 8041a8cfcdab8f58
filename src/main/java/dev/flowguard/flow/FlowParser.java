package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Flow} model from a parsed flow file: every trigger and every action at any depth,
 * with the path of names that leads to it and the JSON pointer of its object.
 */
public final class FlowParser {

    private FlowParser() {
    }

    /**
     * @param fallbackName the name to use when neither the solution nor the JSON gives a display name
     * @throws NotAFlowException when the JSON is not a flow definition
     */
    public static Flow parse(String solution, String file, String displayName, String fallbackName, JsonNode root)
            throws NotAFlowException {
        String definitionPointer = FlowShape.definitionPointer(root);
        if (definitionPointer == null) {
            throw new NotAFlowException("not a flow: no workflow definition with triggers or actions");
        }
        return parse(solution, file, displayName, fallbackName, root, definitionPointer, null);
    }

    /**
     * A Logic Apps workflow found by {@link LogicAppLocator}: the logic app is the solution, the workflow the flow.
     */
    public static Flow parse(String file, JsonNode root, LogicAppLocator.Located workflow) {
        JsonNode definition = DeployedDefinition.of(root.at(workflow.definitionPointer()), workflow.logicApp());
        return parse(workflow.logicApp().name(), file, workflow.name(), workflow.name(), root, definition,
                workflow.definitionPointer(), workflow.logicApp());
    }

    private static Flow parse(String solution, String file, String displayName, String fallbackName, JsonNode root,
            String definitionPointer, LogicApp logicApp) {
        return parse(solution, file, displayName, fallbackName, root,
                definitionPointer.isEmpty() ? root : root.at(definitionPointer), definitionPointer, logicApp);
    }

    private static Flow parse(String solution, String file, String displayName, String fallbackName, JsonNode root,
            JsonNode definition, String definitionPointer, LogicApp logicApp) {
        String name = displayName != null && !displayName.isBlank() ? displayName
                : root.path("properties").path("displayName").asText(fallbackName);

        List<FlowNode> triggers = new ArrayList<>();
        JsonNode triggerObjects = definition.path("triggers");
        forEachNamed(triggerObjects, (triggerName, json) -> triggers.add(new FlowNode(triggerName, List.of(triggerName),
                NodeRole.TRIGGER, text(json, "type"), text(json, "kind"), "",
                json, definitionPointer + "/triggers/" + JsonPointers.escape(triggerName))));

        List<FlowNode> actions = new ArrayList<>();
        collectActions(definition.path("actions"), definitionPointer + "/actions", List.of(), "actions", actions);

        Map<String, FlowParameter> parameters = new LinkedHashMap<>();
        forEachNamed(definition.path("parameters"), (parameterName, json) -> parameters.put(parameterName,
                new FlowParameter(parameterName, text(json, "type"), json.path("metadata").path("schemaName").asText(null),
                        json.get("defaultValue"),
                        definitionPointer + "/parameters/" + JsonPointers.escape(parameterName))));

        JsonNode references = root.path("properties").path("connectionReferences");
        return new Flow(solution, file, name, definitionPointer, definition, references, triggers, actions, parameters,
                logicApp);
    }

    private static void collectActions(JsonNode actionObjects, String pointer, List<String> parentPath, String branch,
            List<FlowNode> into) {
        forEachNamed(actionObjects, (actionName, json) -> {
            String[] names = parentPath.toArray(new String[parentPath.size() + 1]);
            names[parentPath.size()] = actionName;
            // immutable already, so the node keeps it as it is instead of copying it
            List<String> path = List.of(names);
            String actionPointer = pointer + "/" + JsonPointers.escape(actionName);
            into.add(new FlowNode(actionName, path, NodeRole.ACTION, text(json, "type"), text(json, "kind"), branch,
                    json, actionPointer));
            // Scope, Foreach, Until and the true branch of If keep children in "actions"
            collectActions(json.path("actions"), actionPointer + "/actions", path, "actions", into);
            collectActions(json.path("else").path("actions"), actionPointer + "/else/actions", path, "else", into);
            forEachNamed(json.path("cases"), (caseName, caseJson) -> collectActions(caseJson.path("actions"),
                    actionPointer + "/cases/" + JsonPointers.escape(caseName) + "/actions", path,
                    "case '" + caseName + "'", into));
            collectActions(json.path("default").path("actions"), actionPointer + "/default/actions", path, "default",
                    into);
        });
    }

    private interface NamedVisitor {
        void visit(String name, JsonNode json);
    }

    private static void forEachNamed(JsonNode object, NamedVisitor visitor) {
        if (object == null || !object.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                visitor.visit(field.getKey(), field.getValue());
            }
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }
}
