package dev.flowguard.flow;

/**
 * One string value of a flow, with the trigger or action it belongs to. Its JSON pointer is built only
 * when asked for, since rules need it for the few strings they report, not for the many they look at.
 *
 * @see FlowStrings
 */
public final class FlowString {

    private final FlowNode node;
    private final String value;
    private final String key;
    private final Step container;
    private final int index;

    /**
     * @param container where the object or array holding the value is
     * @param index the value's index in an array, or -1 for an object member (then {@code key} is its name)
     */
    FlowString(FlowNode node, String value, String key, Step container, int index) {
        this.node = node;
        this.value = value;
        this.key = key;
        this.container = container;
        this.index = index;
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
