package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Locale;

/**
 * A trigger or action of a flow, wherever it is nested (Scope, If/else, Switch case and default,
 * Foreach, Until).
 *
 * @param path the names from the flow's root to this node, this node's own name last
 * @param branch where in its parent the node sits: {@code actions}, {@code else}, {@code case 'x'},
 *     {@code default}; empty at the root
 * @param json the node's whole JSON object as in the flow
 * @param jsonPointer where {@code json} is in the flow file, resolvable to a line with {@link Flow#locate}
 */
public record FlowNode(
        String name,
        List<String> path,
        NodeRole role,
        String type,
        String kind,
        String branch,
        JsonNode json,
        String jsonPointer,
        JsonNode inputs) {

    /**
     * @param inputs the node's {@code inputs} (a missing node when it has none): nearly every rule reads them,
     *     several times per node, so they are looked up once
     */
    public FlowNode {
        inputs = inputs == null ? json.path("inputs") : inputs;
        path = List.copyOf(path);
        type = type == null ? "" : type;
        kind = kind == null ? "" : kind;
        branch = branch == null ? "" : branch;
    }

    /**
     * Nodes are told apart by where they are in their flow. The generated equality would compare whole JSON
     * subtrees, and rules keep nodes in hash maps, so that would walk the flow again at every lookup.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FlowNode node && node.jsonPointer.equals(jsonPointer) && node.role == role;
    }

    @Override
    public int hashCode() {
        return jsonPointer.hashCode();
    }

    /** The names from the root joined by {@code /}, as reports show it. */
    public String actionPath() {
        return String.join("/", path);
    }

    public FlowNode(String name, List<String> path, NodeRole role, String type, String kind, String branch,
            JsonNode json, String jsonPointer) {
        this(name, path, role, type, kind, branch, json, jsonPointer, json.path("inputs"));
    }

    public String description() {
        return json.path("description").asText("");
    }

    /** True when the node's type equals {@code expected}, ignoring case as the runtime does. */
    public boolean isType(String expected) {
        return type.equalsIgnoreCase(expected);
    }

    public boolean secureInputs() {
        return secureDataProperty("inputs");
    }

    public boolean secureOutputs() {
        return secureDataProperty("outputs");
    }

    private boolean secureDataProperty(String which) {
        JsonNode properties = json.path("runtimeConfiguration").path("secureData").path("properties");
        if (!properties.isArray()) {
            return false;
        }
        for (JsonNode property : properties) {
            if (property.asText("").toLowerCase(Locale.ROOT).equals(which)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON pointer to a value inside this node, for findings about one field. */
    public String pointerTo(String... segments) {
        StringBuilder pointer = new StringBuilder(jsonPointer);
        for (String segment : segments) {
            pointer.append('/').append(JsonPointers.escape(segment));
        }
        return pointer.toString();
    }

    public JsonNode at(String... segments) {
        JsonNode current = json;
        for (String segment : segments) {
            current = current.path(segment);
        }
        return current == null ? MissingNode.getInstance() : current;
    }
}
