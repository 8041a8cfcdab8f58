package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.knowledge.LiteralKind;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.Placeholders;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.rules.FlowContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FG105's detector: literals whose name says secret. Variables (Initialize/Set/Append), Compose actions named
 * like a secret, connector parameters ({@code body/password}), JSON keys at any depth of an action's inputs
 * (bodies included), pairs of form-encoded bodies ({@code client_secret=…}), and definition parameters named
 * like a secret or of a secure type, by their {@code defaultValue}.
 */
final class NamedLiterals {

    /**
     * A literal found by name.
     *
     * @param text the whole string the value sits in (a form body holds several pairs), for the claims check
     */
    record Found(Candidate candidate, String text) {
    }

    private static final Pattern FORM_PAIR = Pattern.compile("(?:^|&)\\s*([A-Za-z0-9_.\\-]+)=([^&]*)");

    private NamedLiterals() {
    }

    static List<Found> find(FlowContext context) {
        Flow flow = context.flow();
        List<Found> found = new ArrayList<>(0);
        for (FlowNode node : (Iterable<FlowNode>) flow.nodes()::iterator) {
            variables(node, found);
            compose(node, found);
            keyed(node, context.strings().of(node), found);
            formBody(node, found);
        }
        for (FlowParameter parameter : flow.parameters().values()) {
            parameter(parameter, found);
        }
        // a variable's object value is seen both as a variable and by its keys: one finding per value
        Map<String, Found> byPointer = new LinkedHashMap<>();
        for (Found f : found) {
            byPointer.putIfAbsent(f.candidate().pointer() + '\u0000' + f.candidate().secret(), f);
        }
        return List.copyOf(byPointer.values());
    }

    private static void variables(FlowNode node, List<Found> into) {
        JsonNode inputs = node.inputs();
        if (node.isType("InitializeVariable")) {
            JsonNode variables = inputs.path("variables");
            for (int i = 0; i < variables.size(); i++) {
                String name = variables.get(i).path("name").asText("");
                named(node, "variable '" + name + "'", name, variables.get(i).path("value"),
                        node.pointerTo("inputs", "variables", String.valueOf(i), "value"), into);
            }
        } else if (node.isType("SetVariable") || node.isType("AppendToStringVariable")) {
            String name = inputs.path("name").asText("");
            named(node, "variable '" + name + "'", name, inputs.path("value"), node.pointerTo("inputs", "value"), into);
        }
    }

    private static void compose(FlowNode node, List<Found> into) {
        if (node.isType("Compose") && node.inputs().isTextual()) {
            named(node, "Compose output", node.name(), node.inputs(), node.pointerTo("inputs"), into);
        }
    }

    /** JSON keys that say secret anywhere in the inputs: connector parameters, bodies, object-valued variables. */
    private static void keyed(FlowNode node, List<FlowString> strings, List<Found> into) {
        for (FlowString string : strings) {
            if (string.isElement() || string.isMemberValue() || !string.member().equals("inputs")) {
                continue;
            }
            String key = string.key();
            String value = string.value();
            String name = key.substring(key.lastIndexOf('/') + 1);
            if (SecretNames.isSecret(name)) {
                String pointer = string.pointer();
                String parameters = node.pointerTo("inputs", "parameters") + "/";
                String body = node.pointerTo("inputs", "body") + "/";
                String what = pointer.startsWith(parameters) && pointer.indexOf('/', parameters.length()) < 0
                        ? "connector parameter '" + key + "'"
                        : pointer.startsWith(body) ? "body field '" + key + "'" : "field '" + key + "'";
                consider(node, what, name, value, value, pointer, into);
            }
        }
    }

    private static void formBody(FlowNode node, List<Found> into) {
        JsonNode body = node.inputs().path("body");
        if (!body.isTextual() || !body.asText().contains("=") || body.asText().strip().startsWith("{")) {
            return;
        }
        String text = body.asText();
        Matcher pair = FORM_PAIR.matcher(text.strip());
        while (pair.find()) {
            String name = pair.group(1);
            if (SecretNames.isSecret(name)) {
                String value = URLDecoder.decode(pair.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
                consider(node, "form field '" + name + "' of the body", name, value, text, node.pointerTo("inputs", "body"),
                        into);
            }
        }
    }

    private static void parameter(FlowParameter parameter, List<Found> into) {
        if (parameter.name().startsWith("$") || parameter.defaultValue() == null) {
            return;
        }
        boolean secretByName = SecretNames.isSecret(parameter.name());
        JsonNode value = parameter.defaultValue();
        String pointer = parameter.jsonPointer() + "/defaultValue";
        String what = "default value of definition parameter '" + parameter.name() + "'";
        if (value.isTextual() && (secretByName || parameter.isSecureType())) {
            consider(null, what, parameter.name(), value.asText(), value.asText(), pointer, into);
        } else if (value.isContainerNode()) {
            for (FlowString string : FlowStrings.within(value, pointer)) {
                if (string.isElement() ? parameter.isSecureType() : SecretNames.isSecret(string.key())) {
                    consider(null, what, string.key(), string.value(), string.value(), string.pointer(), into);
                }
            }
        }
    }

    private static void named(FlowNode node, String what, String name, JsonNode value, String pointer, List<Found> into) {
        if (value.isTextual() && SecretNames.isSecret(name)) {
            consider(node, what, name, value.asText(), value.asText(), pointer, into);
        } else if (value.isContainerNode()) {
            for (FlowString string : FlowStrings.within(value, pointer)) {
                if (!string.isElement() && SecretNames.isSecret(string.key())) {
                    consider(node, what + " field '" + string.key() + "'", string.key(), string.value(), string.value(),
                            string.pointer(), into);
                }
            }
        }
    }

    /** @param name what the value is called, which a stand-in often repeats as its value */
    private static void consider(FlowNode node, String what, String name, String raw, String text, String pointer,
            List<Found> into) {
        String value = Literals.valueOf(raw);
        LiteralKind kind = Literals.classify(value);
        if (kind == LiteralKind.LITERAL && Placeholders.isPlaceholder(value, name)) {
            kind = LiteralKind.PLACEHOLDER;
        }
        if (kind == LiteralKind.PLACEHOLDER) {
            into.add(new Found(new Candidate(node, pointer, value, what, true), text));
        } else if (kind == LiteralKind.LITERAL && value.strip().length() >= 4 && !Literals.isProse(value)) {
            into.add(new Found(new Candidate(node, pointer, value, what, false), text));
        }
    }
}
