package dev.flowguard.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.Template;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which slot each string of a flow fills (see {@link Slot}): the one place that knows where credentials go in a
 * trigger or action, at any depth of its inputs (an HTTP webhook's {@code subscribe.authentication} as much as an
 * HTTP action's {@code authentication}), and which names say secret. The literal rules, FG201 and the value model
 * all ask here, so a slot is a credential's to all of them or to none.
 */
public final class CredentialSlots {

    /** Fields the platform fills with identifiers and names (every action has an operationMetadataId GUID). */
    private static final Set<String> PLATFORM_FIELDS = Set.of("operationMetadataId", "apiId", "connectionName",
            "operationId", "$schema", "contentVersion", "connectionReferenceLogicalName", "schemaName", "type", "kind");
    /** Members of a webhook's inputs that hold a request of their own. */
    private static final Set<String> NESTED_REQUESTS = Set.of("subscribe", "unsubscribe");
    private static final Pattern FORM_PAIR = Pattern.compile("(?:^|&)\\s*([A-Za-z0-9_.\\-]+)=([^&]*)");
    private static final Pattern QUERY_NAME_BEFORE_VALUE = Pattern.compile("(?:^|[?&])([A-Za-z0-9_.-]+)=$");

    /** A credential written into a longer string: a URI's query value, a form-encoded body's field. */
    public record Part(String name, String literal, Expression expression) {
    }

    private CredentialSlots() {
    }

    /** A field the platform fills with an identifier or a name, anywhere in the flow ({@code operationMetadataId}). */
    public static boolean isPlatformField(FlowString string) {
        return !string.isElement() && isPlatformField(string.key());
    }

    /** The first letters of {@link #PLATFORM_FIELDS}: a key that starts otherwise is not hashed to be looked up. */
    private static boolean isPlatformField(String key) {
        return !key.isEmpty() && "oacstk$".indexOf(key.charAt(0)) >= 0 && PLATFORM_FIELDS.contains(key);
    }

    public static Slot of(Flow flow, FlowString string) {
        FlowNode node = string.node();
        if (node == null) {
            return outsideNodes(flow, string);
        }
        String member = string.member();
        if (!member.equals("inputs")) {
            return member.equals("metadata") ? Slot.DESIGNER_METADATA : Slot.OTHER;
        }
        if (string.isMemberValue()) {
            return node.isType("Compose") ? named(Slot.Kind.COMPOSE, node.name(), "") : Slot.INPUT;
        }
        String key = string.key();
        if (string.isElement()) {
            return Slot.INPUT;
        }
        if (isPlatformField(key)) {
            return Slot.PLATFORM_FIELD;
        }
        String holder = string.holder();
        int depth = string.depth();
        // most strings: a plain member deep in the inputs, under no credential holder, not named like a secret
        if (depth != 2 && depth != 4 && !isCredentialHolder(holder) && !SecretNames.mayHoldSecretName(key)) {
            return Slot.INPUT;
        }
        return inputSlot(node, string, key, holder, depth);
    }

    private static boolean isCredentialHolder(String holder) {
        return holder != null && (holder.equalsIgnoreCase("authentication") || endsWithIgnoreCase(holder, "headers")
                || holder.equalsIgnoreCase("queries"));
    }

    private static Slot inputSlot(FlowNode node, FlowString string, String key, String holder, int depth) {
        if (holder != null) {
            if (holder.equalsIgnoreCase("authentication") && isAuthenticationSecret(node, string)) {
                return new Slot(Slot.Kind.AUTHENTICATION, key, "authentication", true);
            }
            if (endsWithIgnoreCase(holder, "headers") && CredentialNames.isCredentialHeader(key)) {
                return new Slot(Slot.Kind.HEADER, key, part(string), SecretNames.isSecret(key));
            }
            if (holder.equalsIgnoreCase("queries") && CredentialNames.isCredentialQueryParameter(key)) {
                return new Slot(Slot.Kind.QUERY, key, part(string), SecretNames.isSecret(key));
            }
        }
        int slash = key.lastIndexOf('/');
        if (slash > 0 && depth == 2 && endsWithIgnoreCase(key.substring(0, slash), "headers")
                && CredentialNames.isCredentialHeader(key.substring(slash + 1))) {
            // a connector's "request/headers/Authorization": one header per parameter
            String header = key.substring(slash + 1);
            return new Slot(Slot.Kind.HEADER, header, "parameters", SecretNames.isSecret(header));
        }
        Slot variable = variable(node, string, depth);
        if (variable != null) {
            return variable;
        }
        String name = key.substring(slash + 1);
        if (SecretNames.mayHoldSecretName(name) && SecretNames.isSecret(name)) {
            return new Slot(Slot.Kind.SECRET_FIELD, key, part(string), true);
        }
        if (depth == 2 && key.equals("uri")) {
            return new Slot(Slot.Kind.URI, "uri", "uri", false);
        }
        if (depth == 2 && key.equals("body")) {
            return new Slot(Slot.Kind.BODY_TEXT, "body", "body", false);
        }
        return Slot.INPUT;
    }

    /** A definition parameter's default value (the flow's copy of an environment variable's, among them). */
    private static Slot outsideNodes(Flow flow, FlowString string) {
        if (!string.member().equals("parameters") || string.depth() < 3) {
            return Slot.OTHER;
        }
        List<String> path = string.path();
        if (!path.get(2).equals("defaultValue")) {
            return Slot.OTHER;
        }
        String parameterName = path.get(1);
        FlowParameter parameter = flow.parameter(parameterName).orElse(null);
        boolean secure = parameter != null && parameter.isSecureType();
        boolean secretNamed;
        if (path.size() == 3) {
            secretNamed = SecretNames.isSecret(parameterName) || secure;
        } else {
            secretNamed = string.isElement() ? secure : SecretNames.isSecret(string.key());
        }
        return new Slot(Slot.Kind.PARAMETER_DEFAULT, parameterName, "", secretNamed);
    }

    /** The value of Initialize variable's {@code variables[i].value}, or Set/Append variable's {@code value}. */
    private static Slot variable(FlowNode node, FlowString string, int depth) {
        if (depth == 2 && string.key().equals("value") && ActionTypes.setsVariable(node)) {
            String name = node.inputs().path("name").asText("");
            return named(Slot.Kind.VARIABLE, name, "value");
        }
        if (depth == 4 && string.key().equals("value") && node.isType("InitializeVariable")) {
            List<String> path = string.path();
            String name = node.inputs().path("variables").path(Integer.parseInt(path.get(2))).path("name").asText("");
            return named(Slot.Kind.VARIABLE, name, "variables");
        }
        return null;
    }

    private static Slot named(Slot.Kind kind, String name, String part) {
        return new Slot(kind, name, part, SecretNames.isSecret(name));
    }

    /** The member below the node's inputs the string is in, seen through a webhook's subscribe/unsubscribe. */
    private static String part(FlowString string) {
        if (ActionTypes.holdsValues(string.node())) {
            return "";
        }
        List<String> path = string.path();
        if (path.size() < 2) {
            return "";
        }
        String first = path.get(1);
        return NESTED_REQUESTS.contains(first) && path.size() > 2 ? path.get(2) : first;
    }

    /**
     * The secret fields of an authentication object (Basic password, ClientCertificate pfx/password,
     * ActiveDirectoryOAuth secret/pfx/password, Raw value, a keyed Raw scheme's parameter); {@code value} only counts
     * for Raw (and untyped) authentication.
     */
    private static boolean isAuthenticationSecret(FlowNode node, FlowString field) {
        if (!CredentialNames.isAuthenticationSecret(field.key())) {
            return false;
        }
        if (!field.key().equals("value")) {
            return true;
        }
        String type = authenticationType(node, field);
        return type.isEmpty() || type.equalsIgnoreCase("Raw");
    }

    /** The {@code type} of the authentication object holding {@code field} ({@code Basic}, {@code Raw} …). */
    public static String authenticationType(FlowNode node, FlowString field) {
        JsonNode at = node.json();
        List<String> path = field.path();
        for (String segment : path.subList(0, path.size() - 1)) {
            at = at.isArray() ? at.path(Integer.parseInt(segment)) : at.path(segment);
        }
        return at.path("type").asText("");
    }

    /**
     * The credentials written into a URI's query ({@code ?code=@{…}}) or a form-encoded body
     * ({@code grant_type=…&client_secret=…}): each credential-named field with its literal value, or the expression
     * that fills it.
     *
     * @param template the string parsed, or null when it holds no expression
     */
    public static List<Part> partsOf(Slot slot, String text, Template template) {
        if (slot.kind() != Slot.Kind.URI && slot.kind() != Slot.Kind.BODY_TEXT) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(0);
        if (template != null && template.parsed() && template.hasExpressions()) {
            List<Template.Part> pieces = template.parts();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                if (pieces.get(i) instanceof Template.Text literal && pieces.get(i + 1) instanceof Template.Embedded embedded) {
                    Matcher name = QUERY_NAME_BEFORE_VALUE.matcher(literal.value());
                    if (name.find() && CredentialNames.isCredentialQueryParameter(name.group(1))) {
                        parts.add(new Part(name.group(1), null, embedded.expression()));
                    }
                }
            }
        }
        if (slot.kind() == Slot.Kind.BODY_TEXT && text.contains("=") && !text.strip().startsWith("{")) {
            Matcher pair = FORM_PAIR.matcher(text.strip());
            while (pair.find()) {
                String name = pair.group(1);
                String value = pair.group(2);
                if (SecretNames.isSecret(name) && value.indexOf('@') < 0) {
                    parts.add(new Part(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8), null));
                }
            }
        }
        return parts;
    }

    private static boolean endsWithIgnoreCase(String text, String lowerSuffix) {
        return text.length() >= lowerSuffix.length()
                && text.regionMatches(true, text.length() - lowerSuffix.length(), lowerSuffix, 0, lowerSuffix.length());
    }

    /** How messages name a credential slot: {@code header 'x-api-key'}, {@code authentication password}. */
    public static String label(Slot slot) {
        return switch (slot.kind()) {
            case AUTHENTICATION -> "authentication " + slot.name();
            case HEADER -> "header '" + slot.name() + "'";
            case QUERY -> "query value '" + slot.name() + "'";
            case SECRET_FIELD -> slot.part().equals("body") ? "body field '" + slot.name() + "'"
                    : slot.part().equals("parameters") ? "connector parameter '" + slot.name() + "'"
                    : "field '" + slot.name() + "'";
            case VARIABLE -> "variable '" + slot.name() + "'";
            case COMPOSE -> "Compose output";
            case PARAMETER_DEFAULT -> "default value of parameter '" + slot.name() + "'";
            default -> slot.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
