package dev.flowguard.knowledge;

import dev.flowguard.flow.TemplateExpressions;
import dev.flowguard.flow.expr.Template;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a literal is, as far as secrets go: the one classifier every rule asks (detect-secrets' heuristic filters in
 * one place). {@link #classify} says what a value looks like on its own; {@link #judge} says whether it is a
 * credential where it sits, a slot that carries credentials or a name that says secret, so that the same value is a
 * credential to every rule or to none.
 */
public final class Literals {

    /** A GUID's text, for patterns that look for one inside a longer value (a file name, a resource id). */
    public static final String GUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern GUID = Pattern.compile("^\\{?" + GUID_TEXT + "\\}?$");
    private static final Pattern HEX_HASH = Pattern.compile("^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d{1,4}(?:\\.\\d+)?$");
    /** A count, a port, a timeout or an id: named like a secret, a short number is a setting. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("^[+-]?\\d{1,8}(?:\\.\\d+)?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");
    /** Values that stand for no value at all: a variable initialised to {@code null} holds nothing yet. */
    private static final Set<String> NOTHING = Set.of("true", "false", "yes", "no", "null", "none", "n/a", "na",
            "undefined", "nil", "empty");
    private static final Pattern PLAIN_URL = Pattern.compile("(?i)^https?://[^\\s@]+$");

    private static final Set<String> DOCUMENTATION_HOSTS = Set.of("learn.microsoft.com", "docs.microsoft.com", "aka.ms",
            "go.microsoft.com", "msdn.microsoft.com", "support.microsoft.com", "docs.github.com", "developer.mozilla.org");

    /** Shorter than this, a literal is a word or a code, not a credential anyone would issue. */
    private static final int SHORTEST_CREDENTIAL = 4;

    /** Where a literal sits, for {@link #judge}. */
    public enum Context {
        /** A slot that carries a credential whatever its value: an authentication field, a credential header or query. */
        CREDENTIAL_SLOT,
        /** A value whose name says secret: a variable, a body field, an environment variable, a setting. */
        SECRET_NAME
    }

    /** What a literal is where it sits. */
    public enum Judgement {
        /** Treat it as the credential itself. */
        CREDENTIAL,
        /** A stand-in to replace: where a credential belongs, it is LOW at most; alone it is no finding. */
        PLACEHOLDER,
        /** Not a credential: empty, computed at run time, an identifier's shape of no secret, a flag, prose. */
        NONE
    }

    private Literals() {
    }

    /** What {@code raw} looks like on its own; an expression of literals only is judged by what it yields. */
    public static LiteralKind classify(String raw) {
        if (raw == null || raw.isBlank()) {
            return LiteralKind.EMPTY;
        }
        String value = raw.strip();
        if (isExpression(value)) {
            Optional<String> constant = ConstantExpressions.value(value);
            return constant.isPresent() ? classify(constant.get()) : LiteralKind.EXPRESSION;
        }
        return classifyLiteral(value);
    }

    /** {@link #classify} of a value known not to be an expression (already folded). */
    private static LiteralKind classifyLiteral(String value) {
        if (isIdentifier(value)) {
            return LiteralKind.IDENTIFIER;
        }
        if (isReferenceOrTrivial(value)) {
            return LiteralKind.NOT_A_SECRET;
        }
        if (Placeholders.isPlaceholder(value)) {
            return LiteralKind.PLACEHOLDER;
        }
        return LiteralKind.LITERAL;
    }

    /**
     * Whether {@code value} is a credential where it sits. A GUID or a 32-hex key fills a credential the same way in an
     * {@code x-api-key} header, as an environment variable "Partner API Key" or as a variable {@code partnerApiKey}.
     *
     * @param value what the run sees: a folded expression's value, or the literal as written
     * @param names what the value is called (a variable, a field, an environment variable's names): a stand-in
     *     often repeats its own name ({@code clientSecret} = {@code "clientsecret"})
     */
    public static Judgement judge(String value, Context context, List<String> names) {
        LiteralKind kind = classify(value);
        if (kind == LiteralKind.EMPTY || kind == LiteralKind.EXPRESSION || kind == LiteralKind.NOT_A_SECRET) {
            return Judgement.NONE;
        }
        String text = value.strip();
        if (kind == LiteralKind.PLACEHOLDER || names.stream().anyMatch(name -> Placeholders.isPlaceholder(text, name))) {
            return Judgement.PLACEHOLDER;
        }
        if (kind == LiteralKind.IDENTIFIER) {
            return Judgement.CREDENTIAL;
        }
        if (text.length() < SHORTEST_CREDENTIAL) {
            return Judgement.NONE;
        }
        if (context == Context.SECRET_NAME && (isProse(text) || text.startsWith("{") || text.startsWith("[")
                || SHORT_NUMBER.matcher(text).matches())) {
            // a sentence about the secret, a JSON document of settings or a number is not the secret
            return Judgement.NONE;
        }
        return Judgement.CREDENTIAL;
    }

    /** {@link #judge} for a value with no name of its own. */
    public static Judgement judge(String value, Context context) {
        return judge(value, context, List.of());
    }

    /**
     * Computed at run time: {@code @expr} (but not {@code @@}, the escape for a literal {@code @}), any
     * {@code @{…}} interpolation, or an ARM template expression {@code [parameters('…')]} resolved at deployment.
     */
    public static boolean isExpression(String value) {
        String v = value.strip();
        return v.startsWith("@") && !v.startsWith("@@") || v.contains("@{") || TemplateExpressions.isArmExpression(v);
    }

    /**
     * What a string is at run time when that is known now: a literal as it stands, and an expression built of
     * literals only ({@code @concat('Bearer ', 'eyJ…')}, {@code @{base64('user:pass')}}) as the text it yields.
     * A secret wrapped in a function is still written into the flow.
     */
    public static String valueOf(String raw) {
        return raw != null && isExpression(raw) ? ConstantExpressions.value(raw.strip()).orElse(raw) : raw;
    }

    /** {@link #valueOf} of a string already parsed: the template is not parsed again. */
    public static String valueOf(String raw, Template template) {
        if (template == null || !template.hasExpressions()) {
            return raw;
        }
        return ConstantExpressions.value(template).orElse(raw);
    }

    /** A GUID ({@code 3f2a…-…}) or a hexadecimal hash or key (32, 40, 64 or 128 digits). */
    public static boolean isIdentifier(String value) {
        String v = value.strip();
        return GUID.matcher(v).matches() || HEX_HASH.matcher(v).matches();
    }

    public static boolean isGuid(String value) {
        return GUID.matcher(value.strip()).matches();
    }

    public static boolean isPlaceholder(String value) {
        return Placeholders.isPlaceholder(value);
    }

    /**
     * Booleans, small numbers, e-mail addresses, Key Vault references, URLs that carry no credential and a bare scheme
     * word ({@code Bearer}): literals, but never credentials.
     */
    public static boolean isReferenceOrTrivial(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        return NUMBER.matcher(v).matches() || NOTHING.contains(lower) || KeyVaultReferences.isReference(v)
                || EMAIL.matcher(v).matches() || CredentialNames.isSchemeOnly(v)
                || PLAIN_URL.matcher(v).matches() && UrlCredentials.find(v).isEmpty();
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
