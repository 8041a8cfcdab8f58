package dev.flowguard.flow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON pointers in a file's text. Locations are only needed for findings,
 * which are rare, so instead of tracking a position for every node of every flow, the few files with
 * findings are streamed once more, for all their pointers at once.
 */
public final class LocationResolver {

    /** As {@code JsonReader} reads flows: action names make most field names unique to a file, not worth interning. */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private LocationResolver() {
    }

    /**
     * @param text the decoded file, so that columns count characters
     * @return the location of each pointer found; pointers absent from the file are left out
     */
    public static Map<String, SourceLocation> resolve(String text, Collection<String> pointers) {
        Set<String> wanted = new HashSet<>(pointers);
        Map<String, SourceLocation> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        // building the pointer of every token would cost more than the parse: only tokens whose own name
        // (or index) ends a wanted pointer are worth a pointer
        Set<String> lastSegments = new HashSet<>();
        // the containers on the way to a wanted pointer: every other one is skipped whole, as most of a flow is
        Set<String> onTheWay = new HashSet<>();
        for (String pointer : wanted) {
            lastSegments.add(unescape(pointer.substring(pointer.lastIndexOf('/') + 1)));
            for (int slash = pointer.indexOf('/'); slash >= 0; slash = pointer.indexOf('/', slash + 1)) {
                onTheWay.add(pointer.substring(0, slash));
            }
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            JsonLocation fieldName = null;
            while ((token = parser.nextToken()) != null && found.size() < wanted.size()) {
                if (token == JsonToken.FIELD_NAME) {
                    fieldName = parser.currentTokenLocation();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                if (!endsWithWantedSegment(parser, token, lastSegments)) {
                    if (container && !onTheWay.contains(pointerOf(parser, token))) {
                        parser.skipChildren();
                    }
                    continue;
                }
                String pointer = pointerOf(parser, token);
                if (container && !wanted.contains(pointer) && !onTheWay.contains(pointer)) {
                    parser.skipChildren();
                    continue;
                }
                if (wanted.contains(pointer) && !found.containsKey(pointer)) {
                    // an object member is shown where its name starts: that is the line a reader looks for
                    JsonLocation location = inObjectMember(parser, token) && fieldName != null
                            ? fieldName : parser.currentTokenLocation();
                    found.put(pointer, new SourceLocation(location.getLineNr(), location.getColumnNr()));
                }
            }
        } catch (IOException e) {
            // the file parsed before; if it no longer does, the findings simply keep no line
        }
        return found;
    }

    private static boolean inObjectMember(JsonParser parser, JsonToken token) {
        var context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context != null && context.inObject();
    }

    private static boolean endsWithWantedSegment(JsonParser parser, JsonToken token, Set<String> lastSegments) {
        var context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return lastSegments.contains("");
        }
        if (context.inObject()) {
            return lastSegments.contains(context.getCurrentName());
        }
        return lastSegments.contains(Integer.toString(context.getCurrentIndex()));
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    /** A container's own context has no name yet at its start token, so its pointer is its parent's. */
    private static String pointerOf(JsonParser parser, JsonToken token) {
        var context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context == null ? "" : context.pathAsPointer().toString();
    }
}
