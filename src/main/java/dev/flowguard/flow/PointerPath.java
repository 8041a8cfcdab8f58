package dev.flowguard.flow;

import java.util.Arrays;

/**
 * Where a walk of a JSON tree is: the member names and array indices below a known pointer, kept as a stack.
 * Walks pass most values by, so the pointer string (escaping and appending every name) is only built for the
 * few a rule keeps. Mutable and used by one walk on one thread.
 */
public final class PointerPath {

    private final String start;
    /** member names (String) and array indices (Integer) */
    private Object[] segments = new Object[16];
    private int depth;

    public PointerPath(String start) {
        this.start = start;
    }

    public PointerPath push(String memberName) {
        return add(memberName);
    }

    public PointerPath push(int index) {
        return add(index);
    }

    /** This position, kept: the walk goes on changing this path, never the copy. */
    public PointerPath copy() {
        PointerPath copy = new PointerPath(start);
        copy.segments = Arrays.copyOf(segments, Math.max(depth, 1));
        copy.depth = depth;
        return copy;
    }

    public void pop() {
        segments[--depth] = null;
    }

    public String pointer() {
        StringBuilder pointer = new StringBuilder(start);
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (segments[i] instanceof String name) {
                pointer.append(JsonPointers.escape(name));
            } else {
                pointer.append(segments[i]);
            }
        }
        return pointer.toString();
    }

    @Override
    public String toString() {
        return pointer();
    }

    private PointerPath add(Object segment) {
        if (depth == segments.length) {
            segments = Arrays.copyOf(segments, depth * 2);
        }
        segments[depth++] = segment;
        return this;
    }
}
