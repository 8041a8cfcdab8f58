package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.knowledge.CredentialNames;
import dev.flowguard.knowledge.LiteralKind;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.rules.FlowContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The string members of every "authentication" object at any depth of the nodes' inputs. */
    static List<Candidate> find(FlowContext context) {
        List<Candidate> found = new ArrayList<>(0);
        for (FlowString string : context.strings()) {
            if ("authentication".equalsIgnoreCase(string.holder()) && !string.isElement() && !string.isMemberValue()
                    && string.node() != null && string.member().equals("inputs")) {
                inspect(string, found);
            }
        }
        return found;
    }

    private static void inspect(FlowString field, List<Candidate> into) {
        String label = SECRET_FIELDS.get(field.key().toLowerCase(Locale.ROOT));
        if (label == null || !CredentialNames.isAuthenticationSecret(field.key())) {
            return;
        }
        String type = holderOf(field).path("type").asText("");
        if (field.key().equals("value") && !type.isEmpty() && !type.equalsIgnoreCase("Raw")) {
            return;
        }
        String value = Literals.valueOf(field.value());
        LiteralKind kind = Literals.classify(value);
        if (!Literals.isSlotCredential(kind)) {
            return;
        }
        String what = (type.isEmpty() ? "" : type + " ") + label + " in inputs.authentication";
        into.add(new Candidate(field.node(), field.pointer(), value, what, kind == LiteralKind.PLACEHOLDER));
    }

    /** The authentication object holding {@code field}: found again from its node, for the few fields that count. */
    private static JsonNode holderOf(FlowString field) {
        JsonNode at = field.node().json();
        List<String> path = field.path();
        for (String segment : path.subList(0, path.size() - 1)) {
            at = at.isArray() ? at.path(Integer.parseInt(segment)) : at.path(segment);
        }
        return at;
    }
}
