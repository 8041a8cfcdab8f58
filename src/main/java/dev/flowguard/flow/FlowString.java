package dev.flowguard.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One string value of a flow, with the trigger or action it belongs to and where it sits in it. Its JSON
 * pointer and path are built only when asked for, since rules need them for the few strings they report, not
 * for the many they look at.
 *
 * @see FlowStrings
 */
public final class FlowString {

    private final FlowNode node;
    private final String value;
    private final String key;
    private final Step container;
    private final int index;
    private final String member;

    /**
     * @param container where the object or array holding the value is
     * @param index the value's index in an array, or -1 for an object member (then {@code key} is its name)
     * @param member the member of the node (or, outside nodes, of the definition) the value is in or is
     */
    FlowString(FlowNode node, String value, String key, Step container, int index, String member) {
        this.node = node;
        this.value = value;
        this.key = key;
        this.container = container;
        this.index = index;
        this.member = member;
    }

    /** The innermost trigger or action holding the value, or null outside them (definition parameters, outputs). */
    public FlowNode node() {
        return node;
    }

    public String value() {
        return value;
    }

    /** The name of the member the value belongs to ({@code "Authorization"} for a header), also for array elements. */
    public String key() {
        return key;
    }

    /** Whether the value is an element of an array (then {@link #key()} names the array). */
    public boolean isElement() {
        return index >= 0;
    }

    /**
     * The member of the node the value is in, {@code inputs} for a header; outside nodes, the member of the
     * definition ({@code parameters}, {@code outputs}).
     */
    public String member() {
        return member;
    }

    /**
     * Whether the value is the designer's data about a trigger or action ({@code metadata}: icons, the
     * operation's id, the card's layout), which the runtime never evaluates nor sends. Its strings can hold URLs the
     * platform signed for the designer, such as an icon's short-lived SAS link; they are no secret of the flow's.
     */
    public boolean isDesignerMetadata() {
        return node != null && member.equals("metadata");
    }

    /** Whether the value is that member itself, as the string of {@code "inputs": "@{…}"}. */
    public boolean isMemberValue() {
        return index < 0 && container.parent == null;
    }

    /**
     * The name of the member whose object or array holds the value ({@code "queries"} for a query value), or
     * null when the node itself holds it, or an object that is an array element does.
     */
    public String holder() {
        return container.name;
    }

    /**
     * The names and indices from the node (or, outside nodes, the definition) to the value:
     * {@code [inputs, headers, Authorization]}. Built on each call.
     */
    public List<String> path() {
        List<String> path = new ArrayList<>();
        path.add(index < 0 ? key : Integer.toString(index));
        for (Step step = container; step.parent != null; step = step.parent) {
            path.add(step.name != null ? step.name : Integer.toString(step.index));
        }
        Collections.reverse(path);
        return path;
    }

    /** How many names and indices lead from the node to the value: 1 for a member's own value. */
    public int depth() {
        int depth = 1;
        for (Step step = container; step.parent != null; step = step.parent) {
            depth++;
        }
        return depth;
    }

    /** Where the value is in the flow file, as findings want it. */
    public String pointer() {
        StringBuilder pointer = new StringBuilder(container.pointer()).append('/');
        return (index < 0 ? pointer.append(JsonPointers.escape(key)) : pointer.append(index)).toString();
    }

    @Override
    public String toString() {
        return pointer();
    }

    /** One step of a path from a known pointer: a member name or an array index below its parent. */
    static final class Step {

        private final Step parent;
        private final String base;
        private final String name;
        private final int index;

        private Step(Step parent, String base, String name, int index) {
            this.parent = parent;
            this.base = base;
            this.name = name;
            this.index = index;
        }

        static Step at(String pointer) {
            return new Step(null, pointer, null, -1);
        }

        Step member(String memberName) {
            return new Step(this, null, memberName, -1);
        }

        Step element(int elementIndex) {
            return new Step(this, null, null, elementIndex);
        }

        String pointer() {
            if (parent == null) {
                return base;
            }
            StringBuilder pointer = new StringBuilder(parent.pointer()).append('/');
            return (name != null ? pointer.append(JsonPointers.escape(name)) : pointer.append(index)).toString();
        }
    }
}
