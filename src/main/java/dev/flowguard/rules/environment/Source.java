package dev.flowguard.rules.environment;

/**
 * Where a credential field's value comes from.
 *
 * @param description names the source for a message: {@code "the trigger's input"}, {@code "variable 'token'"}
 * @param variable the environment variable, for {@link Kind#PLAIN_ENVIRONMENT_VARIABLE}; else null
 */
public record Source(Kind kind, String description, EnvironmentVariables.Resolved variable) {

    /** What a source means for FG201. */
    public enum Verdict {
        /** Written into the flow: the FG1xx rules judge it. */
        LITERAL,
        /** A secret store or the platform's own authentication. */
        SECRET_STORE,
        /** flowguard cannot tell (configured outside the flow, or unreadable): no finding either way. */
        UNKNOWN,
        /**
         * Business data the flow works on (a Dataverse row, a SharePoint item, another flow's answer): per-record
         * values are not configuration, so no environment variable can hold them; run history is FG30x's business.
         */
        DATA,
        /** An environment variable of a plain type: FG202 judges it. */
        PLAIN_ENVIRONMENT_VARIABLE,
        /** Neither: FG201. */
        NOT_A_SECRET_STORE
    }

    public enum Kind {
        LITERAL(Verdict.LITERAL),
        PLATFORM_AUTHENTICATION(Verdict.SECRET_STORE),
        SECRET_ENVIRONMENT_VARIABLE(Verdict.SECRET_STORE),
        SECURE_PARAMETER(Verdict.SECRET_STORE),
        KEY_VAULT_READ(Verdict.SECRET_STORE),
        SECRET_ENVIRONMENT_VARIABLE_READ(Verdict.SECRET_STORE),
        /** Not declared in the definition: Logic Apps Standard parameters.json, resolved from app settings. */
        EXTERNAL_PARAMETER(Verdict.UNKNOWN),
        /** An environment variable whose definition the solution does not carry, so its type is unknown. */
        ENVIRONMENT_VARIABLE_OF_UNKNOWN_TYPE(Verdict.UNKNOWN),
        /** An expression the parser could not read: flowguard stays quiet rather than guess. */
        UNPARSED(Verdict.UNKNOWN),
        /** An access token an action obtained at run time: short-lived, judged where its client secret is sent. */
        ISSUED_TOKEN(Verdict.SECRET_STORE),
        /** Read from business data: a Dataverse row, a SharePoint item, a SQL row. */
        STORED_DATA(Verdict.DATA),
        /** What a child flow returned: the child flow is judged on where it got it. */
        CHILD_FLOW_OUTPUT(Verdict.DATA),
        PLAIN_ENVIRONMENT_VARIABLE(Verdict.PLAIN_ENVIRONMENT_VARIABLE),
        PLAIN_PARAMETER(Verdict.NOT_A_SECRET_STORE),
        TRIGGER_INPUT(Verdict.NOT_A_SECRET_STORE),
        VARIABLE(Verdict.NOT_A_SECRET_STORE),
        ACTION_OUTPUT(Verdict.NOT_A_SECRET_STORE),
        OTHER(Verdict.NOT_A_SECRET_STORE);

        private final Verdict verdict;

        Kind(Verdict verdict) {
            this.verdict = verdict;
        }

        public Verdict verdict() {
            return verdict;
        }
    }

    public Verdict verdict() {
        return kind.verdict();
    }

    static Source of(Kind kind, String description) {
        return new Source(kind, description, null);
    }

    static final Source LITERAL = of(Kind.LITERAL, "a literal");

    /** This source as it reached a value through {@code how} ("variable 'x', set from …"). */
    Source via(String how) {
        return new Source(kind, how + description, variable);
    }
}
