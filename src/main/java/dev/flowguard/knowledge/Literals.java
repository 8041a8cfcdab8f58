package dev.flowguard.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells real literals apart from what only looks like one: expressions, placeholders, identifiers and
 * references. Every credential rule asks here before it reports, so the rules agree on what a literal is.
 */
public final class Literals {

    private static final Pattern ARM_EXPRESSION = Pattern.compile("^\\[(?!\\[)[A-Za-z]+\\(.*\\]$", Pattern.DOTALL);
    private static final Pattern GUID =
            Pattern.compile("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$");
    private static final Pattern HEX_HASH = Pattern.compile("^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d{1,4}(?:\\.\\d+)?$");
    private static final Pattern KEY_VAULT_URI = Pattern.compile(
            "(?i)^(?:https://[a-z0-9-]+\\.vault\\.(?:azure\\.net|azure\\.cn|usgovcloudapi\\.net)/secrets/\\S*"
                    + "|/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\\.keyvault/vaults/[^/]+/secrets/\\S*)$");
    /** Values that stand for no value at all: a variable initialised to {@code null} holds nothing yet. */
    private static final Set<String> NOTHING = Set.of("true", "false", "yes", "no", "null", "none", "n/a", "na",
            "undefined", "nil", "empty");
    private static final Pattern PLAIN_URL = Pattern.compile("(?i)^https?://[^\\s@]+$");
    /** An authentication scheme with nothing after it: the credential is appended elsewhere, or missing. */
    private static final Pattern SCHEME_ONLY = Pattern.compile(
            "(?i)^(?:Bearer|Basic|Token|SharedAccessSignature|SharedKey|SharedKeyLite|Digest|ApiKey|Key|OAuth|Negotiate)$");

    private static final Set<String> DOCUMENTATION_HOSTS = Set.of("learn.microsoft.com", "docs.microsoft.com", "aka.ms",
            "go.microsoft.com", "msdn.microsoft.com", "support.microsoft.com", "docs.github.com", "developer.mozilla.org");

    private Literals() {
    }

    public static LiteralKind classify(String raw) {
        if (raw == null || raw.isBlank()) {
            return LiteralKind.EMPTY;
        }
        String value = raw.strip();
        if (isExpression(value)) {
            Optional<String> constant = ConstantExpressions.value(value);
            return constant.isPresent() ? classify(constant.get()) : LiteralKind.EXPRESSION;
        }
        if (GUID.matcher(value).matches() || HEX_HASH.matcher(value).matches()) {
            return LiteralKind.IDENTIFIER;
        }
        if (isReferenceOrTrivial(value)) {
            return LiteralKind.NOT_A_SECRET;
        }
        if (isPlaceholder(value)) {
            return LiteralKind.PLACEHOLDER;
        }
        return LiteralKind.LITERAL;
    }

    /**
     * Computed at run time: {@code @expr} (but not {@code @@}, the escape for a literal {@code @}), any
     * {@code @{…}} interpolation, or an ARM template expression {@code [parameters('…')]} resolved at deployment.
     */
    public static boolean isExpression(String value) {
        String v = value.strip();
        return v.startsWith("@") && !v.startsWith("@@") || v.contains("@{") || ARM_EXPRESSION.matcher(v).matches();
    }

    /**
     * What a string is at run time when that is known now: a literal as it stands, and an expression built of
     * literals only ({@code @concat('Bearer ', 'eyJ…')}, {@code @{base64('user:pass')}}) as the text it yields.
     * A secret wrapped in a function is still written into the flow.
     */
    public static String valueOf(String raw) {
        return raw != null && isExpression(raw) ? ConstantExpressions.value(raw.strip()).orElse(raw) : raw;
    }

    public static boolean isPlaceholder(String value) {
        return Placeholders.isPlaceholder(value);
    }

    /**
     * Booleans, small numbers, Key Vault references, plain URLs and a bare scheme word ({@code Bearer}): literals,
     * but never credentials.
     */
    public static boolean isReferenceOrTrivial(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        return NUMBER.matcher(v).matches() || NOTHING.contains(lower) || KEY_VAULT_URI.matcher(v).matches() || PLAIN_URL.matcher(v).matches()
                || SCHEME_ONLY.matcher(v).matches();
    }

    /** A literal that fills a credential slot (a password field, an api-key header, a code= query) as a credential. */
    public static boolean isSlotCredential(LiteralKind kind) {
        return kind == LiteralKind.LITERAL || kind == LiteralKind.IDENTIFIER || kind == LiteralKind.PLACEHOLDER;
    }

    /** A link into documentation, whose query strings are examples rather than credentials. */
    public static boolean isDocumentationHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return DOCUMENTATION_HOSTS.contains(h) || h.startsWith("docs.") || h.startsWith("learn.");
    }

    /** Looks like prose rather than a credential: several words separated by spaces. */
    public static boolean isProse(String value) {
        return value.strip().split("\\s+").length >= 3;
    }
}
