package dev.flowguard.knowledge;

/**
 * Where a value of a flow comes from: the one vocabulary of the value model, which every rule speaks. The
 * run-history rules ask whether an origin is a secret; FG201 asks whether it is a place a credential may come from
 * ({@link Store}). A kind names a place; whether a value from there is a secret depends on what was read (a
 * credential-named field of a trigger's body, a secret-named environment variable), so that rides on the origin;
 * where a credential may come from does not.
 */
public enum OriginKind {
    KEY_VAULT("a Key Vault secret", "a Key Vault read", Store.SECRET_STORE),
    ENVIRONMENT_VARIABLE_SECRET_ACTION("a Secret environment variable's value (RetrieveEnvironmentVariableSecretValue)",
            "a Secret environment variable read", Store.SECRET_STORE),
    SECRET_ENVIRONMENT_VARIABLE("a Secret environment variable", "a Secret environment variable", Store.SECRET_STORE),
    SECURE_PARAMETER("a securestring/secureobject parameter", "a secure parameter", Store.SECRET_STORE),
    /** {@code parameters('$authentication')}, a custom connector's {@code X-MS-APIM-Tokens}: the connection's own key. */
    PLATFORM_AUTHENTICATION("the connection's own authentication", "the connection's own authentication",
            Store.SECRET_STORE),
    /** Logic Apps Standard {@code appsetting('…')}: the app's configuration, where Key Vault references belong. */
    APP_SETTING("a secret-named app setting (Logic Apps Standard)", "an app setting", Store.SECRET_STORE),
    ENVIRONMENT_VARIABLE("a secret-named environment variable of a plain type", "an environment variable of a plain type",
            Store.PLAIN_ENVIRONMENT_VARIABLE),
    ENVIRONMENT_VARIABLE_TABLE("a secret-named environment variable's value from the Dataverse environment-variable tables",
            "an environment variable's value read from the Dataverse tables", Store.PLAIN_ENVIRONMENT_VARIABLE),
    /** A {@code parameters('…')} whose environment-variable definition the solution does not carry. */
    ENVIRONMENT_VARIABLE_OF_UNKNOWN_TYPE("a secret-named environment variable of unknown type",
            "an environment variable whose definition the solution does not carry", Store.UNKNOWN),
    /** Not declared in the definition: Logic Apps Standard parameters.json, resolved from app settings. */
    EXTERNAL_PARAMETER("a parameter set outside the flow", "a parameter set outside the flow", Store.UNKNOWN),
    PLAIN_PARAMETER("a parameter of a plain type", "a parameter of a plain type (not securestring)",
            Store.NOT_A_SECRET_STORE),
    TRIGGER_INPUT("a credential its caller sends", "the trigger's input", Store.NOT_A_SECRET_STORE),
    /** An OAuth token request, a login, a token exchange: what it answers was issued to the flow while it runs. */
    TOKEN_RESPONSE("a token issued at run time", "a token request's answer", Store.RUNTIME_TOKEN),
    /**
     * Any other action's answer: an HTTP call's, a connector's, a function's. A key or password read from one is
     * configuration another system keeps: FG201 when it feeds a credential.
     */
    RESPONSE("a secret-named field of an action's response", "an action's response", Store.NOT_A_SECRET_STORE),
    /** Business data: Dataverse rows, SharePoint items, SQL or Excel rows. */
    STORED_DATA("a secret-named column of stored data", "stored data", Store.DATA),
    CHILD_FLOW("a secret its child flow returns", "what a child flow returns", Store.DATA),
    /** A function of the run ({@code workflow()}, {@code guid()}) or something the flow does not have. */
    OTHER("a value computed at run time", "a value computed at run time", Store.NOT_A_SECRET_STORE),
    UNPARSED("an expression flowguard cannot parse", "an expression flowguard cannot parse", Store.UNKNOWN);

    /**
     * What a value's origin means for FG201, strongest first: the strongest origin among a value's decides, as one
     * part from a secret store makes {@code concat('Basic ', base64(concat(user, ':', password)))} a stored secret.
     */
    public enum Store {
        /** Key Vault, a Secret environment variable, a secure parameter, the platform's authentication. */
        SECRET_STORE,
        /**
         * Issued to the flow while it runs (a token request, a login, a token a connector exchanged): no environment
         * variable could hold it; where run history shows it is FG30x's business.
         */
        RUNTIME_TOKEN,
        /** An environment variable of a plain type: FG202 judges it. */
        PLAIN_ENVIRONMENT_VARIABLE,
        /** Per-record business data, or what another flow answered: not configuration. */
        DATA,
        /** flowguard cannot tell: no finding either way. */
        UNKNOWN,
        /** Neither: FG201. */
        NOT_A_SECRET_STORE
    }

    private final String secretDescription;
    private final String description;
    private final Store store;

    OriginKind(String secretDescription, String description, Store store) {
        this.secretDescription = secretDescription;
        this.description = description;
        this.store = store;
    }

    /** How messages name a secret from here: {@code "a Key Vault secret"}. */
    public String secretDescription() {
        return secretDescription;
    }

    /** How messages name a value from here: {@code "the trigger's input"}. */
    public String description() {
        return description;
    }

    /** What FG201 makes of a value from here, whether it is the secret or other data from the same place. */
    public Store store() {
        return store;
    }

    /** Sources that are a trigger or an action, whose outputs hold the secret (FG301's concern). */
    public boolean isNode() {
        return switch (this) {
            case KEY_VAULT, ENVIRONMENT_VARIABLE_SECRET_ACTION, ENVIRONMENT_VARIABLE_TABLE, TRIGGER_INPUT, TOKEN_RESPONSE,
                    RESPONSE, STORED_DATA, CHILD_FLOW -> true;
            default -> false;
        };
    }
}
