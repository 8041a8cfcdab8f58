package dev.flowguard.rules.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small detector of credentials written into an action as literals (authentication fields
 * and credential headers), so that FG302 can say such an action shows them in run history. The FG1xx rules
 * own literal detection in depth; this class is the one place to swap for them.
 */
final class LiteralCredentials {

    /** A literal credential in an action, at a pointer relative to the action. */
    record LiteralCredential(String relativePointer, String value) {
    }

    private static final Set<String> AUTHENTICATION_FIELDS = Set.of("password", "secret", "pfx", "value");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "api-key", "x-api-key", "apikey",
            "ocp-apim-subscription-key", "x-functions-key", "x-auth-token");

    private LiteralCredentials() {
    }

    static List<LiteralCredential> in(FlowNode node) {
        List<LiteralCredential> found = new ArrayList<>();
        JsonNode authentication = node.inputs().path("authentication");
        if (authentication.isObject()) {
            collect(authentication, "/inputs/authentication", AUTHENTICATION_FIELDS, found);
        }
        JsonNode headers = node.inputs().path("headers");
        if (headers.isObject()) {
            collect(headers, "/inputs/headers", CREDENTIAL_HEADERS, found);
        }
        return found;
    }

    private static void collect(JsonNode object, String pointer, Set<String> names, List<LiteralCredential> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (names.contains(field.getKey().toLowerCase(Locale.ROOT)) && field.getValue().isTextual()
                    && isLiteralSecret(field.getValue().asText())) {
                into.add(new LiteralCredential(pointer + "/" + JsonPointers.escape(field.getKey()),
                        field.getValue().asText()));
            }
        }
    }

    /** A value with no expression in it that is not empty, a scheme alone or a placeholder. */
    static boolean isLiteralSecret(String value) {
        String text = value.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("bearer ", "basic ")) {
            if (lower.startsWith(scheme)) {
                text = text.substring(scheme.length()).strip();
                lower = lower.substring(scheme.length()).strip();
            }
        }
        return text.length() >= 8 && text.indexOf('@') != 0 && !text.contains("@{") && !text.contains("{")
                && !text.contains("<") && !lower.contains("your") && !lower.contains("xxx") && !lower.contains("***")
                && !lower.contains("placeholder") && !lower.contains("changeme");
    }
}
