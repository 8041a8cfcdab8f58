package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every string value of a flow's definition, each once, with the innermost trigger or action it belongs to:
 * what detector rules walk. Build it through {@code FlowContext.strings()}, which does so once per flow for
 * all rules, instead of each rule walking the tree and building pointers again.
 *
 * <p>A container's nested actions ({@code actions}, {@code else}, {@code cases}, {@code default}) are
 * nodes of their own, so their strings belong to them, not to the container. Strings outside triggers and
 * actions (definition parameters, outputs) come last, with no node. Object keys are not values: a
 * rule that wants them has {@link FlowString#key()}.
 */
public final class FlowStrings implements Iterable<FlowString> {

    private static final Set<String> OUTSIDE_NODES = Set.of("triggers", "actions");

    private final List<FlowString> strings;
    /** Each node's strings, a view of {@link #strings}: a node's strings are next to each other. */
    private final Map<FlowNode, List<FlowString>> byNode;

    private FlowStrings(List<FlowString> strings, Map<FlowNode, List<FlowString>> byNode) {
        this.strings = Collections.unmodifiableList(strings);
        this.byNode = byNode;
    }

    public static FlowStrings of(Flow flow) {
        List<FlowString> strings = new ArrayList<>();
        List<FlowNode> nodes = flow.nodes().toList();
        int[] ends = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode node = nodes.get(i);
            members(node.json(), FlowString.Step.at(node.jsonPointer()), node,
                    node.role() == NodeRole.ACTION ? Shape.NODE : Shape.PLAIN, null, strings);
            ends[i] = strings.size();
        }
        JsonNode definition = flow.definition();
        if (definition != null && definition.isObject()) {
            FlowString.Step root = FlowString.Step.at(flow.definitionPointer());
            Iterator<Map.Entry<String, JsonNode>> fields = definition.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!OUTSIDE_NODES.contains(field.getKey())) {
                    member(field.getValue(), root, field.getKey(), null, field.getKey(), strings);
                }
            }
        }
        List<FlowString> all = Collections.unmodifiableList(strings);
        Map<FlowNode, List<FlowString>> byNode = new IdentityHashMap<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            byNode.put(nodes.get(i), all.subList(i == 0 ? 0 : ends[i - 1], ends[i]));
        }
        return new FlowStrings(strings, byNode);
    }

    /**
     * Every string inside one JSON container that belongs to no trigger or action (a parameter's default value, a
     * variable's object value, the connection references), with pointers from {@code pointer}, the container's.
     * The same walk as the flow's own strings; a string at the top is the caller's, who knows its name.
     */
    public static List<FlowString> within(JsonNode container, String pointer) {
        List<FlowString> into = new ArrayList<>();
        walk(container, FlowString.Step.at(pointer), null, null, null, into);
        return into;
    }

    /** The strings of one trigger or action of the flow, in file order (none for a node of another flow). */
    public List<FlowString> of(FlowNode node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** Triggers' and actions' strings first, in {@link Flow#nodes()} order, then those outside them. */
    public List<FlowString> all() {
        return strings;
    }

    public int size() {
        return strings.size();
    }

    @Override
    public Iterator<FlowString> iterator() {
        return strings.iterator();
    }

    /** Which members of an object hold nested actions, which {@link FlowParser} makes nodes of their own. */
    private enum Shape {
        /** a trigger's or action's own object: {@code actions}, {@code else}, {@code cases}, {@code default} */
        NODE,
        /** {@code else}, a case, {@code default}: their {@code actions} */
        BRANCH,
        /** {@code cases}: every member is a branch */
        CASES,
        PLAIN
    }

    /** @param top the node's member the object is in, or null for the node's own object */
    private static void members(JsonNode object, FlowString.Step step, FlowNode node, Shape shape, String top,
            List<FlowString> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            Shape inner = shapeOf(shape, name, value);
            if (inner == null) {
                continue;
            }
            String memberOfNode = top == null ? name : top;
            if (inner == Shape.PLAIN) {
                member(value, step, name, node, memberOfNode, into);
            } else {
                members(value, step.member(name), node, inner, memberOfNode, into);
            }
        }
    }

    /** @return null for a member that holds nodes, PLAIN for one to walk, else how to read its members */
    private static Shape shapeOf(Shape parent, String name, JsonNode value) {
        boolean object = value instanceof ObjectNode;
        return switch (parent) {
            case NODE -> name.equals("actions") && object ? null
                    : (name.equals("else") || name.equals("default")) && object ? Shape.BRANCH
                    : name.equals("cases") && object ? Shape.CASES
                    : Shape.PLAIN;
            case BRANCH -> name.equals("actions") && object ? null : Shape.PLAIN;
            case CASES -> object ? Shape.BRANCH : Shape.PLAIN;
            case PLAIN -> Shape.PLAIN;
        };
    }

    // Type tests, not isTextual()/isObject(): those are a virtual getNodeType() call each, on every value of
    // every flow, and this walk is what every rule's look at strings starts from.

    /** Walks a value at {@code step}; strings are made against their container, saving a step object each. */
    private static void walk(JsonNode value, FlowString.Step step, String key, FlowNode node, String top,
            List<FlowString> into) {
        if (value instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                member(field.getValue(), step, field.getKey(), node, top, into);
            }
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element instanceof TextNode text) {
                    into.add(new FlowString(node, text.textValue(), key, step, i, top));
                } else if (element instanceof ContainerNode<?>) {
                    walk(element, step.element(i), key, node, top, into);
                }
            }
        }
    }

    private static void member(JsonNode value, FlowString.Step container, String name, FlowNode node, String top,
            List<FlowString> into) {
        if (value instanceof TextNode text) {
            into.add(new FlowString(node, text.textValue(), name, container, -1, top));
        } else if (value instanceof ContainerNode<?>) {
            walk(value, container.member(name), name, node, top, into);
        }
    }
}
