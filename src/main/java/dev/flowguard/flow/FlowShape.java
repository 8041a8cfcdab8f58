package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells where the workflow definition is in the shapes flows are stored in: solution and legacy package
 * files ({@code properties.definition}), Logic Apps files ({@code definition}) and bare definitions.
 */
public final class FlowShape {

    private FlowShape() {
    }

    /** The pointer to the definition, or null when the JSON is not a flow. */
    public static String definitionPointer(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        if (isDefinition(root.path("properties").path("definition"))) {
            return "/properties/definition";
        }
        if (isDefinition(root.path("definition"))) {
            return "/definition";
        }
        if (isDefinition(root) && root.has("$schema")) {
            return "";
        }
        return null;
    }

    static boolean isDefinition(JsonNode node) {
        return node.isObject() && (node.path("triggers").isObject() || node.path("actions").isObject())
                && !node.path("triggers").isArray();
    }
}
