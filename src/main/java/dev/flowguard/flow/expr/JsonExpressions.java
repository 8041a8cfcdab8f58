package dev.flowguard.flow.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.PointerPath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds every string holding expressions in a JSON tree (an action's inputs, a whole definition). */
public final class JsonExpressions {

    private JsonExpressions() {
    }

    /**
     * @param pointer the pointer of {@code node} itself; the sites' pointers extend it
     */
    public static List<ExpressionSite> scan(JsonNode node, String pointer) {
        List<ExpressionSite> sites = new ArrayList<>();
        walk(node, new PointerPath(pointer), sites);
        return sites;
    }

    /** What a node holds besides expressions: its designer note, metadata, ordering and nested actions. */
    private static final Set<String> NOT_EVALUATED = Set.of("description", "metadata", "runAfter", "actions", "else",
            "default", "type", "kind");

    /**
     * The strings the runtime evaluates in a trigger or action: everything but its description, metadata,
     * runAfter and nested actions (those are nodes of their own). Pointers are from the flow file's root.
     */
    public static List<ExpressionSite> scan(FlowNode node) {
        List<ExpressionSite> sites = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.json().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (NOT_EVALUATED.contains(key)) {
                continue;
            }
            if (key.equals("cases") && field.getValue().isObject()) {
                Iterator<Map.Entry<String, JsonNode>> cases = field.getValue().fields();
                while (cases.hasNext()) {
                    Map.Entry<String, JsonNode> switchCase = cases.next();
                    walk(switchCase.getValue().path("case"), new PointerPath(node.jsonPointer()).push("cases").push(switchCase.getKey()).push("case"), sites);
                }
                continue;
            }
            walk(field.getValue(), new PointerPath(node.jsonPointer()).push(key), sites);
        }
        return sites;
    }

    /** Quick test the runtime also makes: only strings with an {@code @} can hold expressions. */
    public static boolean mayHoldExpression(String text) {
        return text.indexOf('@') >= 0;
    }

    private static void walk(JsonNode node, PointerPath path, List<ExpressionSite> into) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (mayHoldExpression(text)) {
                Template template = ExpressionParser.parseTemplate(text);
                if (template.hasExpressions()) {
                    into.add(new ExpressionSite(path.copy(), template));
                }
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() || value.isContainerNode()) {
                    path.push(field.getKey());
                    walk(value, path, into);
                    path.pop();
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.push(i);
                walk(node.get(i), path, into);
                path.pop();
            }
        }
    }

}
