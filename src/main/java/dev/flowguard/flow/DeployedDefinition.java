package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow definition in an ARM template as it deploys with the template's defaults: a string that is exactly
 * {@code [parameters('x')]} is replaced by parameter x's literal {@code defaultValue}. ARM evaluates such expressions
 * before the workflow exists, so a default pasted into an HTTP action's {@code authentication} is a literal in the
 * deployed definition (readable by anyone who can read the logic app, and shown in run history); every rule then
 * sees it where it is used. Pointers do not change, so findings point at the {@code [parameters('x')]} in the file.
 */
final class DeployedDefinition {

    private DeployedDefinition() {
    }

    /** {@code definition} itself when nothing is substituted; else a copy, so the parsed file is never changed. */
    static JsonNode of(JsonNode definition, LogicApp app) {
        if (app.templateParameters().isEmpty() || !substitutes(definition, app)) {
            return definition;
        }
        JsonNode copy = definition.deepCopy();
        substitute(copy, app);
        return copy;
    }

    private static boolean substitutes(JsonNode node, LogicApp app) {
        if (node.isTextual()) {
            return literalFor(node.asText(), app).isPresent();
        }
        for (JsonNode child : node) {
            if (substitutes(child, app)) {
                return true;
            }
        }
        return false;
    }

    private static void substitute(JsonNode node, LogicApp app) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<String> literal = field.getValue().isTextual()
                        ? literalFor(field.getValue().asText(), app) : Optional.empty();
                if (literal.isPresent()) {
                    field.setValue(TextNode.valueOf(literal.get()));
                } else {
                    substitute(field.getValue(), app);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> literal = array.get(i).isTextual() ? literalFor(array.get(i).asText(), app) : Optional.empty();
                if (literal.isPresent()) {
                    array.set(i, TextNode.valueOf(literal.get()));
                } else {
                    substitute(array.get(i), app);
                }
            }
        }
    }

    /** The literal string default of the parameter {@code text} reads, when it reads exactly one. */
    private static Optional<String> literalFor(String text, LogicApp app) {
        if (text.length() < 16 || text.charAt(0) != '[') {
            return Optional.empty(); // nearly every string: no regex
        }
        String name = TemplateExpressions.parameterName(text);
        if (name == null) {
            return Optional.empty();
        }
        return app.templateParameter(name)
                .map(LogicApp.TemplateParameter::defaultValue)
                .filter(value -> value != null && value.isTextual() && !TemplateExpressions.isExpression(value))
                .map(JsonNode::asText);
    }
}
