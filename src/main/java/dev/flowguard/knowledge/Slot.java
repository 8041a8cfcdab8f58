package dev.flowguard.knowledge;

/**
 * The place a string of a flow fills, as far as credentials go: what {@link CredentialSlots} decides once for every
 * string, and every rule reads.
 *
 * @param name the header, query parameter, authentication field, key, variable, action or parameter the slot is
 *     named by; empty for the slots no name describes
 * @param part where below the node's {@code inputs} the slot is ({@code body}, {@code parameters}, {@code headers}
 *     …; for a webhook, below {@code subscribe} or {@code unsubscribe}); empty outside inputs
 * @param secretNamed whether the name says the value is a secret ({@link SecretNames})
 */
public record Slot(Kind kind, String name, String part, boolean secretNamed) {

    public enum Kind {
        /** A credential field of an {@code authentication} object at any depth of the inputs. */
        AUTHENTICATION,
        /** A header that carries a credential, in a {@code headers} object or a connector's {@code …headers/Name}. */
        HEADER,
        /** A credential parameter of a {@code queries} object. */
        QUERY,
        /** A key named like a secret anywhere in the inputs (a body field, a connector parameter, an object's member). */
        SECRET_FIELD,
        /** The value an Initialize, Set or Append variable action gives a variable. */
        VARIABLE,
        /** A Compose action's whole input. */
        COMPOSE,
        /** An action's {@code inputs.uri}: its query values can be credentials. */
        URI,
        /** An action's {@code inputs.body} written as text: its form-encoded fields can be credentials. */
        BODY_TEXT,
        /** A definition parameter's {@code defaultValue}, or a string inside it. */
        PARAMETER_DEFAULT,
        /** The designer's data about a node ({@code metadata}), which the runtime never evaluates nor sends. */
        DESIGNER_METADATA,
        /** A field the platform fills with an identifier or a name: {@code operationMetadataId}, {@code apiId} … */
        PLATFORM_FIELD,
        /** Any other string of a node's inputs. */
        INPUT,
        /** Anything else: a condition, a loop's array, runtime configuration, a description, the definition's own. */
        OTHER
    }

    public static final Slot INPUT = new Slot(Kind.INPUT, "", "", false);
    public static final Slot OTHER = new Slot(Kind.OTHER, "", "", false);
    public static final Slot DESIGNER_METADATA = new Slot(Kind.DESIGNER_METADATA, "", "", false);
    public static final Slot PLATFORM_FIELD = new Slot(Kind.PLATFORM_FIELD, "", "", false);

    /** A slot whose value is a credential whatever it is called: authentication field, credential header or query. */
    public boolean isCredentialSlot() {
        return kind == Kind.AUTHENTICATION || kind == Kind.HEADER || kind == Kind.QUERY;
    }

    /**
     * A slot where a credential is used: sent to a service in a request (authentication, header, query, a
     * secret-named body field or connector parameter). Variables and Compose only hold what is used later.
     */
    public boolean isCredentialUse() {
        return isCredentialSlot()
                || kind == Kind.SECRET_FIELD && (part.equals("body") || part.equals("parameters"));
    }
}
