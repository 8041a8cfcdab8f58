package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FG103's detector: credentials in URLs written into any string of a node's inputs or a definition
 * parameter's default value ({@code user:pass@}, {@code ?sig=}, {@code ?code=} …, flow trigger URLs), and
 * secret parameters of {@code queries} objects.
 */
final class UrlLiterals {

    private UrlLiterals() {
    }

    static List<Candidate> find(Flow flow) {
        List<Candidate> found = new ArrayList<>(0);
        flow.nodes().forEach(node -> {
            JsonStrings.forEachInputString(node, (key, value, pointer) -> inspectText(node, value, pointer, found));
            JsonStrings.forEachInputObjectField(node, "queries",
                    (key, queries, pointer) -> inspectQueries(node, queries, pointer.get(), found));
        });
        for (FlowParameter parameter : DefinitionParameters.inFileOrder(flow)) {
            JsonStrings.forEachString(parameter.defaultValue(), parameter.jsonPointer() + "/defaultValue",
                    (key, value, pointer) -> inspectText(null, value, pointer, found));
        }
        return found;
    }

    private static void inspectText(FlowNode node, String text, JsonStrings.Pointer at, List<Candidate> into) {
        List<SecretUrls.UrlSecret> secrets = SecretUrls.find(text);
        String pointer = secrets.isEmpty() ? null : at.get();
        for (SecretUrls.UrlSecret secret : secrets) {
            String what = secret.part().equals("userinfo") ? "password in the user:password@ part of a URL"
                    : secret.flowTrigger() ? "signature ('" + secret.part() + "') of a flow trigger URL"
                    : secret.part().equalsIgnoreCase("sig") ? "SAS signature ('sig') of a URL"
                    : "'" + secret.part() + "' query parameter of a URL";
            into.add(new Candidate(node, pointer, secret.value(), what, LiteralGuards.isPlaceholder(secret.value())));
        }
    }

    private static void inspectQueries(FlowNode node, JsonNode queries, String pointer, List<Candidate> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = queries.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> query = fields.next();
            JsonNode value = query.getValue();
            if (!value.isTextual() || !SecretUrls.SECRET_PARAMETERS.contains(query.getKey().toLowerCase(Locale.ROOT))
                    || !SecretUrls.isCredentialValue(value.asText())) {
                continue;
            }
            into.add(new Candidate(node, JsonPointers.append(pointer, query.getKey()), value.asText(),
                    "'" + query.getKey() + "' query parameter in inputs.queries", LiteralGuards.isPlaceholder(value.asText())));
        }
    }
}
