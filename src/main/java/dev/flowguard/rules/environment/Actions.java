package dev.flowguard.rules.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What some actions are: secret reads, environment-variable reads, token requests, variable assignments. */
final class Actions {

    private static final Set<String> ENVIRONMENT_VARIABLE_TABLES = Set.of("environmentvariablevalues",
            "environmentvariabledefinitions");
    private static final Set<String> ASSIGNING_TYPES = Set.of("setvariable", "appendtostringvariable",
            "appendtoarrayvariable");

    private Actions() {
    }

    /** Key Vault "Get secret": {@code shared_keyvault} GetSecret / GetSecretVersion, or a Logic Apps ApiConnection to /secrets/. */
    static boolean isKeyVaultGetSecret(FlowNode action) {
        String operation = operationId(action);
        if (connector(action).contains("keyvault")) {
            return operation.startsWith("getsecret")
                    || action.isType("ApiConnection") && action.inputs().path("path").asText("").contains("/secrets/");
        }
        return false;
    }

    /** Dataverse "Perform an unbound action" RetrieveEnvironmentVariableSecretValue: a Secret environment variable's value. */
    static boolean isEnvironmentVariableSecretRead(FlowNode action) {
        return operationId(action).startsWith("performunboundaction")
                && action.inputs().path("parameters").path("actionName").asText("")
                        .equalsIgnoreCase("RetrieveEnvironmentVariableSecretValue");
    }

    /** Dataverse rows of the environment-variable tables: a plain environment variable read the long way. */
    static boolean isEnvironmentVariableTableRead(FlowNode action) {
        String operation = operationId(action);
        return (operation.startsWith("listrecords") || operation.startsWith("getitem"))
                && ENVIRONMENT_VARIABLE_TABLES.contains(
                        action.inputs().path("parameters").path("entityName").asText("").toLowerCase(Locale.ROOT));
    }

    /** An HTTP call to an OAuth token endpoint: its response is an access token issued at run time. */
    static boolean isTokenRequest(FlowNode action) {
        if (!action.isType("Http")) {
            return false;
        }
        String uri = action.inputs().path("uri").asText("").toLowerCase(Locale.ROOT);
        String body = action.inputs().path("body").toString().toLowerCase(Locale.ROOT);
        return body.contains("grant_type") || uri.contains("/oauth2/") && uri.contains("token")
                || uri.matches(".*/(oauth/)?token/?(\\?.*)?");
    }

    /** Every value the flow initialises, sets or appends variable {@code name} to. */
    static List<JsonNode> valuesAssignedTo(Flow flow, String name) {
        List<JsonNode> values = new ArrayList<>();
        for (FlowNode action : flow.actions()) {
            if (action.isType("InitializeVariable")) {
                for (JsonNode variable : action.inputs().path("variables")) {
                    if (variable.path("name").asText("").equalsIgnoreCase(name) && variable.has("value")) {
                        values.add(variable.get("value"));
                    }
                }
            } else if (ASSIGNING_TYPES.contains(action.type().toLowerCase(Locale.ROOT))
                    && action.inputs().path("name").asText("").equalsIgnoreCase(name) && action.inputs().has("value")) {
                values.add(action.inputs().get("value"));
            }
        }
        return values;
    }

    private static String operationId(FlowNode action) {
        return action.inputs().path("host").path("operationId").asText("").toLowerCase(Locale.ROOT);
    }

    /** The connector's api name as far as the action says it ({@code apiId}, connection name or reference). */
    private static String connector(FlowNode action) {
        JsonNode host = action.inputs().path("host");
        return (host.path("apiId").asText("") + " " + host.path("connectionName").asText("") + " "
                + host.path("connection").path("name").asText("") + " "
                + host.path("connection").path("referenceName").asText("")).toLowerCase(Locale.ROOT);
    }
}
