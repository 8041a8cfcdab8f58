package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.JsonPointers;
import java.util.Iterator;
import java.util.Map;

/** Walks a JSON tree and hands over every string value with its key and JSON pointer. */
final class JsonStrings {

    @FunctionalInterface
    interface Visitor {
        /**
         * @param key the field name holding the string, or null for an array element
         */
        void visit(String key, String value, String pointer);
    }

    @FunctionalInterface
    interface ObjectVisitor {
        void visit(String key, JsonNode object, String pointer);
    }

    private JsonStrings() {
    }

    static void forEachString(JsonNode node, String pointer, Visitor visitor) {
        walk(null, node, pointer, visitor);
    }

    private static void walk(String key, JsonNode node, String pointer, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.visit(key, node.asText(), pointer);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getKey(), field.getValue(), JsonPointers.append(pointer, field.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(null, node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** Every object held by a field named {@code fieldName} (ignoring case) at any depth under {@code node}. */
    static void forEachObjectField(JsonNode node, String pointer, String fieldName, ObjectVisitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPointer = JsonPointers.append(pointer, field.getKey());
                if (field.getKey().equalsIgnoreCase(fieldName) && field.getValue().isObject()) {
                    visitor.visit(field.getKey(), field.getValue(), childPointer);
                }
                forEachObjectField(field.getValue(), childPointer, fieldName, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachObjectField(node.get(i), pointer + "/" + i, fieldName, visitor);
            }
        }
    }
}
