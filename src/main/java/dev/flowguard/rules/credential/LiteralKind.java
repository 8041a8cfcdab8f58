package dev.flowguard.rules.credential;

/** What a value written into a flow is, as far as secrets go. */
enum LiteralKind {
    /** Nothing there: an empty or blank string. */
    EMPTY,
    /** Computed at run time ({@code @…}, {@code @{…}}, an ARM {@code [parameters('…')]}): not a literal. */
    EXPRESSION,
    /** A stand-in a maker is meant to replace ({@code <your-key>}, {@code {client secret}}, {@code xxx}). */
    PLACEHOLDER,
    /** A literal that cannot be a credential: a GUID, a hash, a boolean, a URL, a Key Vault reference. */
    NOT_A_SECRET,
    /** A literal that may well be a credential. */
    LITERAL
}
