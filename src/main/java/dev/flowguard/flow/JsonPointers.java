package dev.flowguard.flow;

/** RFC 6901 escaping, so action names holding {@code /} or {@code ~} still point at the right node. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The segment {@link #escape} made: {@code ~1} is {@code /} and {@code ~0} is {@code ~}, in that order. */
    public static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    public static String append(String pointer, String segment) {
        return pointer + "/" + escape(segment);
    }
}
