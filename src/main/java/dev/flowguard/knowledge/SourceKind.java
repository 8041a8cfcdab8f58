package dev.flowguard.knowledge;

/** Where a secret enters a flow, worded for messages. */
public enum SourceKind {
    KEY_VAULT("a Key Vault secret"),
    ENVIRONMENT_VARIABLE_SECRET_ACTION("a Secret environment variable's value (RetrieveEnvironmentVariableSecretValue)"),
    ENVIRONMENT_VARIABLE_TABLE("a secret-named environment variable's value from the Dataverse environment-variable tables"),
    TOKEN_RESPONSE("an access token from a token endpoint"),
    SECRET_ENVIRONMENT_VARIABLE("a Secret environment variable"),
    SECRET_NAMED_ENVIRONMENT_VARIABLE("a secret-named environment variable of a plain type"),
    SECURE_PARAMETER("a securestring/secureobject parameter"),
    TRIGGER_CREDENTIAL("a credential its caller sends"),
    STORED_SECRET("a secret-named column of stored data"),
    SECRET_FIELD("a response whose secret-named field the flow reads"),
    APP_SETTING("a secret-named app setting (Logic Apps Standard)"),
    CHILD_FLOW_SECRET("a secret its child flow returns");

    private final String description;

    SourceKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Sources that are actions, whose outputs carry the secret (FG301's concern). */
    public boolean isAction() {
        return this == KEY_VAULT || this == ENVIRONMENT_VARIABLE_SECRET_ACTION || this == ENVIRONMENT_VARIABLE_TABLE
                || this == TOKEN_RESPONSE || this == TRIGGER_CREDENTIAL || this == STORED_SECRET || this == SECRET_FIELD
                || this == CHILD_FLOW_SECRET;
    }
}
