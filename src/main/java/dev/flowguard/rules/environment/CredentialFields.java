package dev.flowguard.rules.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.ExpressionParser;
import dev.flowguard.flow.expr.Template;
import dev.flowguard.knowledge.CredentialNames;
import dev.flowguard.knowledge.SecretNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a trigger or action that carry a credential: the secret parts of {@code inputs.authentication},
 * authentication headers, secret query values (in {@code queries} or written into the URI), secret-named body
 * fields (JSON or form-encoded) and secret-named connector parameters.
 */
final class CredentialFields {

    /**
     * One credential field.
     *
     * @param label how a message names it: {@code authentication secret}, {@code header 'x-api-key'}
     * @param text the field's whole string
     * @param expression for a value inside a longer string (a URI's query value), the expression that is the
     *     value; null when the whole string is the value
     */
    record Field(String label, String jsonPointer, String text, Expression expression) {
    }

    private static final Pattern QUERY_NAME_BEFORE_VALUE = Pattern.compile("(?:^|[?&])([A-Za-z0-9_.-]+)=$");
    private static final int MAX_BODY_DEPTH = 6;

    private CredentialFields() {
    }

    /** @param strings the node's strings, from the flow's one walk */
    static List<Field> of(FlowNode node, List<FlowString> strings) {
        List<Field> fields = new ArrayList<>();
        JsonNode inputs = node.inputs();
        authentication(node, inputs.path("authentication"), fields);
        forEachField(inputs.path("headers"), (name, value) -> {
            if (CredentialNames.isCredentialHeader(name)) {
                add(fields, "header '" + name + "'", node.pointerTo("inputs", "headers", name), value);
            }
        });
        forEachField(inputs.path("queries"), (name, value) -> {
            if (isSecretQueryName(name)) {
                add(fields, "query value '" + name + "'", node.pointerTo("inputs", "queries", name), value);
            }
        });
        formEncoded(node, "uri", inputs.path("uri"), "query value", fields);
        JsonNode body = inputs.path("body");
        if (body.isTextual()) {
            formEncoded(node, "body", body, "form field", fields);
        }
        boolean connector = inputs.path("parameters").isObject() && (node.isType("OpenApiConnection")
                || node.isType("OpenApiConnectionWebhook") || node.isType("ApiConnection")
                || node.isType("ApiConnectionWebhook"));
        // most triggers and actions have neither a JSON body nor connector parameters: their strings are not walked
        for (FlowString string : body.isObject() || connector ? strings : List.<FlowString>of()) {
            if (string.isElement() || string.isMemberValue() || !string.member().equals("inputs")) {
                continue;
            }
            String name = string.key();
            if (!SecretNames.mayHoldSecretName(name) || !SecretNames.isSecret(name.substring(name.lastIndexOf('/') + 1))
                    || string.depth() > MAX_BODY_DEPTH + 3) {
                continue;
            }
            // the path is built only for the few secret-named strings
            String where = string.path().get(1);
            if (where.equals("body") && body.isObject()) {
                add(fields, "body field '" + name + "'", string.pointer(), string.value());
            } else if (where.equals("parameters") && connector) {
                add(fields, "connector parameter '" + name + "'", string.pointer(), string.value());
            }
        }
        return fields;
    }

    private static void authentication(FlowNode node, JsonNode authentication, List<Field> into) {
        if (!authentication.isObject()) {
            // "@parameters('$authentication')": the platform's own connection authentication
            return;
        }
        forEachField(authentication, (name, value) -> {
            if (CredentialNames.isAuthenticationSecret(name)) {
                add(into, "authentication " + name, node.pointerTo("inputs", "authentication", name), value);
            }
        });
    }

    /** {@code ...?code=@{…}&x=1} or {@code grant_type=…&client_secret=@{…}}: a secret-named value written into a string. */
    private static void formEncoded(FlowNode node, String input, JsonNode text, String what, List<Field> into) {
        if (!text.isTextual() || text.asText().indexOf('@') < 0) {
            return;
        }
        String pointer = node.pointerTo("inputs", input);
        Template template = ExpressionParser.parseTemplate(text.asText());
        List<Template.Part> parts = template.parts();
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (parts.get(i) instanceof Template.Text literal && parts.get(i + 1) instanceof Template.Embedded embedded) {
                Matcher name = QUERY_NAME_BEFORE_VALUE.matcher(literal.value());
                if (name.find() && isSecretQueryName(name.group(1))) {
                    into.add(new Field(what + " '" + name.group(1) + "'", pointer, text.asText(), embedded.expression()));
                }
            }
        }
    }

    private static boolean isSecretQueryName(String name) {
        return CredentialNames.isCredentialQueryParameter(name);
    }

    private static void add(List<Field> into, String label, String pointer, JsonNode value) {
        if (value.isTextual()) {
            add(into, label, pointer, value.asText());
        }
    }

    private static void add(List<Field> into, String label, String pointer, String value) {
        if (!value.isBlank()) {
            into.add(new Field(label, pointer, value, null));
        }
    }

    private interface FieldVisitor {
        void visit(String name, JsonNode value);
    }

    private static void forEachField(JsonNode object, FieldVisitor visitor) {
        if (!object.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            visitor.visit(field.getKey(), field.getValue());
        }
    }
}
