package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.PointerPath;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks a JSON tree and hands over every string value with its key and JSON pointer. The walk keeps the path as
 * a stack of member names and indices and only builds a pointer string for the few values a rule reports:
 * flows hold tens of thousands of fields, and escaping and appending each name would cost more than the checks.
 */
final class JsonStrings {

    /** Where the walk is; valid only during the visit, so take {@link #get()} to keep it. */
    static final class Pointer {
        private final PointerPath path;

        private Pointer(PointerPath path) {
            this.path = path;
        }

        String get() {
            return path.pointer();
        }

        @Override
        public String toString() {
            return get();
        }
    }

    @FunctionalInterface
    interface Visitor {
        /**
         * @param key the field name holding the string, or null for an array element
         */
        void visit(String key, String value, Pointer pointer);
    }

    private JsonStrings() {
    }

    static void forEachString(JsonNode node, String pointer, Visitor visitor) {
        walk(null, node, new Pointer(new PointerPath(pointer)), visitor);
    }

    private static void walk(String key, JsonNode node, Pointer pointer, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.visit(key, node.asText(), pointer);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isContainerNode() || value.isTextual()) {
                    pointer.path.push(field.getKey());
                    walk(field.getKey(), value, pointer, visitor);
                    pointer.path.pop();
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointer.path.push(i);
                walk(null, node.get(i), pointer, visitor);
                pointer.path.pop();
            }
        }
    }
}
