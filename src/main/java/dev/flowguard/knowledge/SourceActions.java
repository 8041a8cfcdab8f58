package dev.flowguard.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actions a secret comes out of (DESIGN.md, "Facts the rules stand on": secret sources): Key Vault's Get
 * secret (connector, Logic Apps built-in, or HTTP to {@code *.vault.azure.net/secrets/}), Dataverse's
 * RetrieveEnvironmentVariableSecretValue, reads of secret-named rows of the environment-variable tables, and
 * token requests. FG201 asks here which sources are good, the run-history rules which outputs hold a secret.
 */
public final class SourceActions {

    /**
     * What a source action yields.
     *
     * @param fields the properties of its outputs that hold the secret; empty when the whole value does
     */
    public record ActionSource(OriginKind kind, Set<String> fields) {
    }

    /** The Dataverse tables an environment variable's value is kept in. */
    public static final String ENVIRONMENT_VARIABLE_DEFINITIONS = "environmentvariabledefinitions";
    public static final String ENVIRONMENT_VARIABLE_VALUES = "environmentvariablevalues";

    private static final Pattern TOKEN_ENDPOINT = Pattern.compile("(?i)(/oauth2(/v2\\.0)?/token|/token)(\\?|$)");
    private static final Pattern KEY_VAULT_SECRET_URL = Pattern.compile("(?i)\\.vault\\.(azure\\.(net|cn|us)|usgovcloudapi\\.net)/secrets/");
    private static final Pattern SCHEMA_NAME_FILTER = Pattern.compile("(?i)schemaname\\s+eq\\s+'([^']*)'");
    /** What a token request's inputs carry: a grant, and the credential it is paid with. */
    private static final Set<String> TOKEN_REQUEST_WORDS = Set.of("grant_type", "client_secret", "client_assertion");
    /** A path that logs in, opens a session or issues a token: {@code /api/login}, {@code /v1/sessions}, {@code /auth}. */
    private static final Pattern LOGIN_PATH = Pattern.compile(
            "(?i)/(?:log-?in|log-?on|sign-?in|auth|authenticate|authentication|sessions?|tokens?|oauth2?/token)(?:[/?#]|$)");
    private static final Pattern LOGIN_OPERATION = Pattern.compile(
            "(?i)log-?in|log-?on|sign-?in|authenticate|(?:get|exchange|create|issue|refresh)_?token|(?:create|open)_?session");
    /** A body that pays for what it asks with a credential: a login's password, a token request's client secret. */
    private static final Set<String> LOGIN_FIELDS = Set.of("password", "client_secret", "grant_type", "client_assertion",
            "refresh_token");
    private static final Set<String> TOKEN_FIELDS = Set.of("access_token", "refresh_token", "id_token");
    /** Connectors that hold business data, and their read operations (lower case prefixes of operation ids). */
    private static final Set<String> DATA_CONNECTORS = Set.of("commondataservice", "sharepointonline", "sql",
            "excelonline", "dataverse");
    private static final Set<String> DATA_READS = Set.of("listrecords", "getitem", "listrows", "getrow", "gettable",
            "getfilecontent");

    /** Actions whose answer comes from outside the flow: what they return is data, and can be a secret. */
    private static final Set<String> RESPONDING_TYPES = Set.of("http", "httpwebhook", "openapiconnection",
            "openapiconnectionwebhook", "apiconnection", "apiconnectionwebhook", "workflow", "function",
            "apimanagement", "serviceprovider");

    private SourceActions() {
    }

    /**
     * Where the outputs of an action that is no secret source come from, or null for an action that only passes on
     * what it was given (Compose, Parse JSON, Select, a Scope …), whose outputs the value model follows instead. This
     * and {@link #of} are the one place that knows connectors: a new source is an edit here.
     */
    public static OriginKind answerOf(FlowNode node) {
        if (!responds(node)) {
            return null;
        }
        if (node.isType("Workflow")) {
            return OriginKind.CHILD_FLOW;
        }
        if (isTokenRequest(node) || isLogin(node)) {
            return OriginKind.TOKEN_RESPONSE;
        }
        if (isEnvironmentVariableTableRead(node)) {
            return OriginKind.ENVIRONMENT_VARIABLE_TABLE;
        }
        return isRecordRead(node) ? OriginKind.STORED_DATA : OriginKind.RESPONSE;
    }

    /** Whether {@code node}'s answer comes from outside the flow (an HTTP call, a connector, a child flow …). */
    public static boolean responds(FlowNode node) {
        return RESPONDING_TYPES.contains(node.type().toLowerCase(Locale.ROOT));
    }

    /** What {@code node} yields, or empty when it is no source. */
    public static Optional<ActionSource> of(FlowNode node) {
        JsonNode inputs = node.inputs();
        // this runs for every action of every flow, and almost none is a source: connectors have a host, Logic
        // Apps' built-in ones a service provider, and the rest must be HTTP; a Compose or a Condition is none
        JsonNode host = inputs.get("host");
        if (host != null) {
            Optional<ActionSource> connector = ofConnector(node, inputs, host);
            if (connector.isPresent()) {
                return connector;
            }
        }
        JsonNode provider = inputs.get("serviceProviderConfiguration");
        if (provider != null && provider.path("serviceProviderId").asText("").toLowerCase(Locale.ROOT).endsWith("/keyvault")
                && provider.path("operationId").asText("").equalsIgnoreCase("getSecret")) {
            return source(OriginKind.KEY_VAULT, "value");
        }
        if (node.type().equalsIgnoreCase("http")) {
            if (KEY_VAULT_SECRET_URL.matcher(inputs.path("uri").asText("")).find()) {
                return source(OriginKind.KEY_VAULT, "value");
            }
            if (isTokenRequest(node)) {
                return Optional.of(new ActionSource(OriginKind.TOKEN_RESPONSE, TOKEN_FIELDS));
            }
        }
        return Optional.empty();
    }

    /** Key Vault's Get secret, Dataverse's secret environment-variable reads. */
    private static Optional<ActionSource> ofConnector(FlowNode node, JsonNode inputs, JsonNode host) {
        String operation = host.path("operationId").asText("");
        if (isKeyVault(host) && (operation.equalsIgnoreCase("getsecret") || operation.equalsIgnoreCase("getsecretversion")
                || operation.isEmpty() && containsIgnoreCase(inputs.path("path").asText(""), "/secrets/"))) {
            return source(OriginKind.KEY_VAULT, "value");
        }
        if (isEnvironmentVariableSecretRead(node)) {
            return source(OriginKind.ENVIRONMENT_VARIABLE_SECRET_ACTION, "EnvironmentVariableSecretValue");
        }
        if (isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_DEFINITIONS) && filtersOnSecretName(node)) {
            return source(OriginKind.ENVIRONMENT_VARIABLE_TABLE, "defaultvalue");
        }
        if (isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_VALUES) && filtersOnSecretName(node)) {
            return source(OriginKind.ENVIRONMENT_VARIABLE_TABLE, "value");
        }
        if (isRecordRead(node)) {
            Set<String> columns = secretColumns(inputs.path("parameters").path("$select").asText(""));
            if (!columns.isEmpty()) {
                return Optional.of(new ActionSource(OriginKind.STORED_DATA, columns));
            }
        }
        return Optional.empty();
    }

    /**
     * A read of business data: Dataverse rows, SharePoint items, SQL or Excel rows. Not a source of configuration:
     * a token kept per record must be read from there.
     */
    public static boolean isRecordRead(FlowNode node) {
        JsonNode host = node.inputs().path("host");
        if (host.isMissingNode()) {
            return false;
        }
        // asked of every connector action: the operation is tested first, then the connector, without copies
        String operation = host.path("operationId").asText("");
        boolean read = operation.isEmpty() ? isLogicAppsRowsRead(node.inputs()) : startsWithAny(operation, DATA_READS);
        if (!read) {
            return false;
        }
        String apiId = host.path("apiId").asText("");
        String connection = host.path("connectionName").asText("");
        String reference = host.path("connection").path("referenceName").asText("");
        String name = host.path("connection").path("name").asText("");
        for (String connector : DATA_CONNECTORS) {
            if (containsIgnoreCase(apiId, connector) || containsIgnoreCase(connection, connector)
                    || containsIgnoreCase(reference, connector) || containsIgnoreCase(name, connector)) {
                return !isEnvironmentVariableTableRead(node);
            }
        }
        return false;
    }

    /** Key Vault "Get secret": {@code shared_keyvault} GetSecret / GetSecretVersion, or a Logic Apps ApiConnection to /secrets/. */
    public static boolean isKeyVaultGetSecret(FlowNode node) {
        return of(node).map(source -> source.kind() == OriginKind.KEY_VAULT).orElse(false);
    }

    private static boolean isKeyVault(JsonNode host) {
        return containsIgnoreCase(host.path("apiId").asText(""), "keyvault")
                || containsIgnoreCase(host.path("connectionName").asText(""), "keyvault")
                || containsIgnoreCase(host.path("connection").path("name").asText(""), "keyvault")
                || containsIgnoreCase(host.path("connection").path("referenceName").asText(""), "keyvault");
    }

    /** Dataverse "Perform an unbound action" RetrieveEnvironmentVariableSecretValue: a Secret environment variable's value. */
    public static boolean isEnvironmentVariableSecretRead(FlowNode node) {
        return node.inputs().path("host").path("operationId").asText("").equalsIgnoreCase("performunboundaction")
                && node.inputs().path("parameters").path("actionName").asText("")
                        .equalsIgnoreCase("RetrieveEnvironmentVariableSecretValue");
    }

    /** A Dataverse list or get on one of the environment-variable tables: a plain environment variable read the long way. */
    public static boolean isEnvironmentVariableTableRead(FlowNode node) {
        return isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_DEFINITIONS)
                || isEnvironmentVariableRead(node, ENVIRONMENT_VARIABLE_VALUES);
    }

    /** A Dataverse list or get on {@code table}. */
    public static boolean isEnvironmentVariableRead(FlowNode node, String table) {
        JsonNode parameters = node.inputs().path("parameters");
        if (!parameters.path("entityName").asText("").equalsIgnoreCase(table)) {
            return false;
        }
        String operation = node.inputs().path("host").path("operationId").asText("");
        return operation.regionMatches(true, 0, "listrecords", 0, "listrecords".length())
                || operation.regionMatches(true, 0, "getitem", 0, "getitem".length());
    }

    /**
     * An HTTP call to an OAuth token endpoint that pays with a credential: its response holds an access token
     * issued at run time.
     */
    public static boolean isTokenRequest(FlowNode node) {
        if (!node.type().equalsIgnoreCase("http")) {
            return false;
        }
        JsonNode inputs = node.inputs();
        if (!TOKEN_ENDPOINT.matcher(inputs.path("uri").asText("").strip()).find()
                && !containsIgnoreCase(inputs.path("body").asText(""), "grant_type")) {
            return false;
        }
        // serializing the inputs costs more than the rest of this test: only for token endpoints
        String text = inputs.toString().toLowerCase(Locale.ROOT);
        return TOKEN_REQUEST_WORDS.stream().anyMatch(text::contains);
    }

    /**
     * A call that opens a session or exchanges a credential for a token: an HTTP call to a login, sign-in, session or
     * token path, or one that sends a password or a client secret in its body; a connector operation named so
     * ({@code Login}, {@code ExchangeToken}, {@code CreateSession}). What it answers was issued to the flow while it
     * runs, whatever the answer's fields are called.
     */
    public static boolean isLogin(FlowNode node) {
        JsonNode host = node.inputs().get("host");
        if (host != null) {
            return LOGIN_OPERATION.matcher(host.path("operationId").asText("")).find();
        }
        if (!node.isType("Http")) {
            return false;
        }
        JsonNode inputs = node.inputs();
        if (LOGIN_PATH.matcher(inputs.path("uri").asText("")).find()) {
            return true;
        }
        JsonNode body = inputs.path("body");
        if (body.isObject()) {
            Iterator<String> fields = body.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next().toLowerCase(Locale.ROOT);
                if (LOGIN_FIELDS.contains(field)) {
                    return true;
                }
            }
            return false;
        }
        String text = body.asText("").toLowerCase(Locale.ROOT);
        return LOGIN_FIELDS.stream().anyMatch(field -> text.contains(field + "="));
    }

    /** The secret-named columns of a {@code $select} list ({@code contoso_name,contoso_apitoken}). */
    private static Set<String> secretColumns(String select) {
        Set<String> columns = new java.util.TreeSet<>();
        for (String column : select.split(",")) {
            if (SecretNames.isSecret(column.strip())) {
                columns.add(column.strip());
            }
        }
        return columns;
    }

    private static boolean filtersOnSecretName(FlowNode node) {
        Matcher matcher = SCHEMA_NAME_FILTER.matcher(node.inputs().path("parameters").path("$filter").asText(""));
        while (matcher.find()) {
            if (SecretNames.isSecret(matcher.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Logic Apps managed connector's read of rows or items, written by path rather than by operation:
     * {@code GET /v2/datasets/…/tables/…/items} (SQL, SharePoint, Excel).
     */
    private static boolean isLogicAppsRowsRead(JsonNode inputs) {
        String path = inputs.path("path").asText("");
        return inputs.path("method").asText("").equalsIgnoreCase("get") && containsIgnoreCase(path, "/tables/")
                && (containsIgnoreCase(path, "/items") || containsIgnoreCase(path, "/rows"));
    }

    private static boolean startsWithAny(String text, Set<String> lowerPrefixes) {
        for (String prefix : lowerPrefixes) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** @param lowerNeedle in lower case */
    static boolean containsIgnoreCase(String text, String lowerNeedle) {
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

    private static Optional<ActionSource> source(OriginKind kind, String field) {
        return Optional.of(new ActionSource(kind, Set.of(field)));
    }
}
