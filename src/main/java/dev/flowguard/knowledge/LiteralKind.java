package dev.flowguard.knowledge;

/** What a value written into a flow is, as far as secrets go. */
public enum LiteralKind {
    /** Nothing there: an empty or blank string. */
    EMPTY,
    /** Computed at run time ({@code @…}, {@code @{…}}, an ARM {@code [parameters('…')]}): not a literal. */
    EXPRESSION,
    /** A stand-in a maker is meant to replace ({@code <your-key>}, {@code {client secret}}, {@code xxx}). */
    PLACEHOLDER,
    /**
     * A GUID or a hash: not a secret by itself, but a credential when it fills a credential slot (Azure API keys
     * and APIM subscription keys are 32 hexadecimal digits).
     */
    IDENTIFIER,
    /** A literal that cannot be a credential anywhere: a boolean, a small number, a URL, a Key Vault reference. */
    NOT_A_SECRET,
    /** A literal that may well be a credential. */
    LITERAL
}
