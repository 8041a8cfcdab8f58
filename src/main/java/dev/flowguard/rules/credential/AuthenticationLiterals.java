package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * FG101's detector: literal credentials in {@code authentication} objects of any trigger or action (HTTP,
 * HTTP webhook subscribe/unsubscribe, connector actions): Basic {@code password}, ClientCertificate
 * {@code pfx}/{@code password}, ActiveDirectoryOAuth {@code secret}/{@code pfx}/{@code password}, Raw
 * {@code value} and the {@code parameter} of a keyed Raw scheme.
 */
final class AuthenticationLiterals {

    /** Field to its name in messages; {@code value} only counts for Raw (and untyped) authentication. */
    private static final Map<String, String> SECRET_FIELDS = Map.of(
            "password", "password",
            "pfx", "certificate (pfx)",
            "secret", "client secret",
            "value", "value",
            "parameter", "key parameter");

    private AuthenticationLiterals() {
    }

    static List<Candidate> find(Flow flow) {
        List<Candidate> found = new ArrayList<>(0);
        flow.nodes().forEach(node -> JsonStrings.forEachInputObjectField(node, "authentication",
                (key, authentication, pointer) -> inspect(node, authentication, pointer.get(), found)));
        return found;
    }

    private static void inspect(FlowNode node, JsonNode authentication, String pointer, List<Candidate> into) {
        String type = authentication.path("type").asText("");
        Iterator<Map.Entry<String, JsonNode>> fields = authentication.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String label = SECRET_FIELDS.get(field.getKey());
            JsonNode value = field.getValue();
            if (label == null || !value.isTextual()) {
                continue;
            }
            if (field.getKey().equals("value") && !type.isEmpty() && !type.equalsIgnoreCase("Raw")) {
                continue;
            }
            LiteralKind kind = LiteralGuards.classify(value.asText());
            if (!LiteralGuards.isSlotCredential(kind)) {
                continue;
            }
            String what = (type.isEmpty() ? "" : type + " ") + label + " in inputs.authentication";
            into.add(new Candidate(node, JsonPointers.append(pointer, field.getKey()), value.asText(), what,
                    kind == LiteralKind.PLACEHOLDER));
        }
    }
}
