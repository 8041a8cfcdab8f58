package dev.flowguard.rules.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where secrets enter a flow (DESIGN.md, "Facts the rules stand on": secret sources). */
final class SecretSources {

    /** A source, and the properties of its outputs that hold the secret (empty: the whole value). */
    record Found(SecretSource source, Set<String> fields) {
    }

    private static final Pattern TOKEN_ENDPOINT = Pattern.compile("(?i)(/oauth2(/v2\\.0)?/token|/token)(\\?|$)");
    private static final Pattern KEY_VAULT_SECRET_URL = Pattern.compile("(?i)\\.vault\\.azure\\.(net|cn|us)/secrets/");
    private static final Pattern SCHEMA_NAME_FILTER = Pattern.compile("(?i)schemaname\\s+eq\\s+'([^']*)'");

    static final String ENVIRONMENT_VARIABLE_DEFINITIONS = "environmentvariabledefinitions";
    static final String ENVIRONMENT_VARIABLE_VALUES = "environmentvariablevalues";

    private SecretSources() {
    }

    /** What a source action yields, or empty when the action is not one. */
    static Optional<Found> ofAction(FlowNode node) {
        JsonNode inputs = node.inputs();
        // this runs for every action of every flow, and almost none is a source: connectors have a host, Logic
        // Apps' built-in ones a service provider, and the rest must be HTTP; a Compose or a Condition is none
        JsonNode host = inputs.get("host");
        if (host != null) {
            Optional<Found> connector = ofConnector(node, inputs, host);
            if (connector.isPresent()) {
                return connector;
            }
        }
        JsonNode provider = inputs.get("serviceProviderConfiguration");
        if (provider != null && provider.path("serviceProviderId").asText("").toLowerCase(Locale.ROOT).endsWith("/keyvault")
                && provider.path("operationId").asText("").equalsIgnoreCase("getSecret")) {
            // Logic Apps Standard's built-in Key Vault connector
            return found(SourceKind.KEY_VAULT, node, Set.of("value"));
        }
        if (node.type().equalsIgnoreCase("http")) {
            String uri = inputs.path("uri").asText("");
            if (KEY_VAULT_SECRET_URL.matcher(uri).find()) {
                return found(SourceKind.KEY_VAULT, node, Set.of("value"));
            }
            if (TOKEN_ENDPOINT.matcher(uri.strip()).find()) {
                // serializing the inputs costs more than the rest of this test: only for token endpoints
                String text = inputs.toString().toLowerCase(Locale.ROOT);
                if (text.contains("grant_type") || text.contains("client_secret")) {
                    return found(SourceKind.TOKEN_RESPONSE, node, Set.of("access_token", "refresh_token", "id_token"));
                }
            }
        }
        return Optional.empty();
    }

    /** Key Vault's Get secret, Dataverse's secret environment-variable reads. */
    private static Optional<Found> ofConnector(FlowNode node, JsonNode inputs, JsonNode host) {
        // compared ignoring case in place
        String operation = host.path("operationId").asText("");
        boolean keyVault = containsIgnoreCase(host.path("apiId").asText(""), "keyvault")
                || containsIgnoreCase(host.path("connectionName").asText(""), "keyvault")
                || containsIgnoreCase(host.path("connection").path("name").asText(""), "keyvault");
        if (keyVault && (operation.equalsIgnoreCase("getsecret") || operation.equalsIgnoreCase("getsecretversion")
                || operation.isEmpty() && containsIgnoreCase(inputs.path("path").asText(""), "/secrets/"))) {
            return found(SourceKind.KEY_VAULT, node, Set.of("value"));
        }
        if (operation.equalsIgnoreCase("performunboundaction") && inputs.path("parameters").path("actionName").asText("")
                .equalsIgnoreCase("RetrieveEnvironmentVariableSecretValue")) {
            return found(SourceKind.ENVIRONMENT_VARIABLE_SECRET_ACTION, node, Set.of("EnvironmentVariableSecretValue"));
        }
        if (isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_DEFINITIONS) && filtersOnSecretName(node)) {
            return found(SourceKind.ENVIRONMENT_VARIABLE_TABLE, node, Set.of("defaultvalue"));
        }
        if (isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_VALUES) && filtersOnSecretName(node)) {
            return found(SourceKind.ENVIRONMENT_VARIABLE_TABLE, node, Set.of("value"));
        }
        return Optional.empty();
    }

    /** A Dataverse list or get on one of the environment-variable tables. */
    static boolean isEnvironmentVariableRead(FlowNode node, String table) {
        JsonNode parameters = node.inputs().path("parameters");
        String entity = parameters.path("entityName").asText("");
        if (!entity.equalsIgnoreCase(table)) {
            return false;
        }
        String operation = node.inputs().path("host").path("operationId").asText("");
        return operation.regionMatches(true, 0, "listrecords", 0, "listrecords".length())
                || operation.regionMatches(true, 0, "getitem", 0, "getitem".length());
    }

    /** @param lowerNeedle in lower case; (c | 0x20) may let a wrong first character by, never stop a right one */
    private static boolean containsIgnoreCase(String text, String lowerNeedle) {
        char first = lowerNeedle.charAt(0);
        for (int at = 0; at <= text.length() - lowerNeedle.length(); at++) {
            char c = text.charAt(at);
            // an ASCII letter's case is one bit; the rare other characters go through Unicode's tables
            boolean sameFirst = c < 0x80 ? (c | 0x20) == first : Character.toLowerCase(c) == first;
            if (sameFirst && text.regionMatches(true, at, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean filtersOnSecretName(FlowNode node) {
        Matcher matcher = SCHEMA_NAME_FILTER.matcher(node.inputs().path("parameters").path("$filter").asText(""));
        while (matcher.find()) {
            if (SecretNames.looksSecret(matcher.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Definition parameters that hold secrets: Secret environment variables, secret-named environment
     * variables of plain types, and securestring/secureobject parameters. The platform's own
     * {@code $connections} and {@code $authentication} are the connectors' business, not the user's secret.
     */
    static List<Found> ofParameters(Flow flow, Solution solution) {
        List<Found> found = new ArrayList<>();
        for (FlowParameter parameter : flow.parameters().values()) {
            if (parameter.name().startsWith("$")) {
                continue;
            }
            Optional<EnvironmentVariable> variable = parameter.isEnvironmentVariable() && solution != null
                    ? solution.environmentVariable(parameter.schemaName()) : Optional.empty();
            SourceKind kind = null;
            if (variable.isPresent() && variable.get().isSecret()) {
                kind = SourceKind.SECRET_ENVIRONMENT_VARIABLE;
            } else if (parameter.isSecureType()) {
                kind = SourceKind.SECURE_PARAMETER;
            } else if (parameter.isEnvironmentVariable() && isTextual(parameter)
                    && SecretNames.looksSecret(parameter.schemaName())) {
                kind = SourceKind.SECRET_NAMED_ENVIRONMENT_VARIABLE;
            }
            if (kind != null) {
                found.add(new Found(new SecretSource(kind, parameter.name(), null), Set.of()));
            }
        }
        return found;
    }

    private static boolean isTextual(FlowParameter parameter) {
        String type = parameter.type() == null ? "" : parameter.type().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.equals("string") || type.equals("object");
    }

    private static Optional<Found> found(SourceKind kind, FlowNode node, Set<String> fields) {
        return Optional.of(new Found(new SecretSource(kind, node.name(), node), fields));
    }
}
