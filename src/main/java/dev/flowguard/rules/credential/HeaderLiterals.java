package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.knowledge.CredentialNames;
import dev.flowguard.knowledge.LiteralKind;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.flow.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FG102's detector: request headers that carry credentials ({@code Authorization}, {@code api-key},
 * {@code Ocp-Apim-Subscription-Key} …, or any header whose name says secret) holding a literal, in
 * {@code headers} objects at any depth of a node's inputs and in connector {@code …headers/Name} parameters.
 */
final class HeaderLiterals {

    private static final Pattern SCHEME = Pattern.compile(
            "(?i)^(Bearer|Basic|Token|SharedAccessSignature|SharedKey|SharedKeyLite|Digest|ApiKey|Key|OAuth|SSWS|GenieKey)\\s+(.*)$",
            Pattern.DOTALL);

    private HeaderLiterals() {
    }

    static boolean isSecretHeader(String name) {
        return CredentialNames.isCredentialHeader(name);
    }

    static List<Candidate> find(FlowContext context) {
        List<Candidate> found = new ArrayList<>(0);
        context.flow().nodes().forEach(node -> {
            // the members of every "headers" object at any depth of the inputs
            for (FlowString string : context.strings().of(node)) {
                if ("headers".equalsIgnoreCase(string.holder()) && !string.isElement() && !string.isMemberValue()
                        && string.member().equals("inputs")) {
                    inspect(node, string.key(), string.value(), string::pointer, found);
                }
            }
            JsonNode parameters = node.inputs().path("parameters");
            Iterator<Map.Entry<String, JsonNode>> fields = parameters.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> parameter = fields.next();
                String name = parameter.getKey();
                Supplier<String> pointer = () -> node.pointerTo("inputs", "parameters", name);
                int slash = name.lastIndexOf('/');
                if (slash > 0 && name.substring(0, slash).toLowerCase(Locale.ROOT).endsWith("headers")) {
                    // "request/headers/Authorization": one header per parameter
                    inspect(node, name.substring(slash + 1), textOf(parameter.getValue()), pointer, found);
                } else if (slash > 0 && name.toLowerCase(Locale.ROOT).endsWith("/headers") && parameter.getValue().isObject()) {
                    // "request/headers": {"Authorization": …}, as the HTTP with Microsoft Entra ID connector has it
                    Iterator<Map.Entry<String, JsonNode>> headers = parameter.getValue().properties().iterator();
                    while (headers.hasNext()) {
                        Map.Entry<String, JsonNode> header = headers.next();
                        inspect(node, header.getKey(), textOf(header.getValue()),
                                () -> JsonPointers.append(pointer.get(), header.getKey()), found);
                    }
                }
            }
        });
        return found;
    }

    private static String textOf(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    /**
     * @param value the header's value, null when it is no string
     * @param pointer built only for a header that is reported: most headers are not
     */
    private static void inspect(FlowNode node, String header, String value, Supplier<String> pointer,
            List<Candidate> into) {
        if (value == null || !isSecretHeader(header)) {
            return;
        }
        String text = Literals.valueOf(value.strip());
        if (Literals.isExpression(text)) {
            return;
        }
        Matcher scheme = SCHEME.matcher(text);
        String secret = scheme.matches() ? scheme.group(2).strip() : text;
        LiteralKind kind = Literals.classify(secret);
        if (!Literals.isSlotCredential(kind)) {
            return;
        }
        String what = (scheme.matches() ? scheme.group(1) + " credential" : "value") + " of header '" + header + "'";
        into.add(new Candidate(node, pointer.get(), secret, what, kind == LiteralKind.PLACEHOLDER));
    }
}
