package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.knowledge.CredentialNames;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.rules.FlowContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * FG103's detector: credentials in URLs written into any string of a node's inputs or a definition
 * parameter's default value ({@code user:pass@}, {@code ?sig=}, {@code ?code=} …, flow trigger URLs), and
 * secret parameters of {@code queries} objects.
 */
final class UrlLiterals {

    private UrlLiterals() {
    }

    static List<Candidate> find(FlowContext context) {
        List<Candidate> found = new ArrayList<>(0);
        for (FlowString string : context.strings()) {
            if (string.node() == null || !string.member().equals("inputs")) {
                continue;
            }
            // only a URL can hold what this rule looks for: a literal one is folded out of an expression only then
            String value = string.value().contains("://") ? Literals.valueOf(string.value()) : string.value();
            inspectText(string.node(), value, string::pointer, found);
            if (!string.isElement() && !string.isMemberValue() && "queries".equalsIgnoreCase(string.holder())) {
                inspectQuery(string, found);
            }
        }
        for (FlowParameter parameter : context.flow().parameters().values()) {
            String pointer = parameter.jsonPointer() + "/defaultValue";
            JsonNode value = parameter.defaultValue();
            if (value != null && value.isTextual()) {
                inspectText(null, value.asText(), () -> pointer, found);
            } else if (value != null) {
                for (FlowString string : FlowStrings.within(value, pointer)) {
                    inspectText(null, string.value(), string::pointer, found);
                }
            }
        }
        return found;
    }

    private static void inspectText(FlowNode node, String text, Supplier<String> at, List<Candidate> into) {
        List<SecretUrls.UrlSecret> secrets = SecretUrls.find(text);
        String pointer = secrets.isEmpty() ? null : at.get();
        for (SecretUrls.UrlSecret secret : secrets) {
            String what = secret.part().equals("userinfo") ? "password in the user:password@ part of a URL"
                    : secret.flowTrigger() ? "signature ('" + secret.part() + "') of a flow trigger URL"
                    : secret.part().equalsIgnoreCase("sig") ? "SAS signature ('sig') of a URL"
                    : "'" + secret.part() + "' query parameter of a URL";
            into.add(new Candidate(node, pointer, secret.value(), what, Literals.isPlaceholder(secret.value())));
        }
    }

    /** A value of a {@code queries} object, at any depth of the inputs. */
    private static void inspectQuery(FlowString query, List<Candidate> into) {
        String name = query.key();
        String value = query.value();
        if (CredentialNames.isCredentialQueryParameter(name) && SecretUrls.isCredentialValue(value)) {
            into.add(new Candidate(query.node(), query.pointer(), value, "'" + name + "' query parameter in inputs.queries",
                    Literals.isPlaceholder(value)));
        }
    }
}
