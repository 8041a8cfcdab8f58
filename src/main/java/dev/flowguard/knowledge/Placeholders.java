package dev.flowguard.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a stand-in looks like: a value a maker is meant to replace ({@code <your-key>}, {@code {client secret}},
 * {@code xxxx}, {@code https://yourorg.crm.dynamics.com}). Every rule asks here, so a placeholder is one to all of
 * them: credential rules report it at LOW at most, packaged-value and endpoint rules not at all.
 */
public final class Placeholders {

    /** Whole-value stand-ins: {@code {client secret}}, {@code <your-key>}, {@code [KEY]}, {@code %KEY%}, {@code ${KEY}}, {@code #{KEY}#}, {@code __KEY__}. */
    private static final Pattern WRAPPED = Pattern.compile(
            "^(?:\\{[^{}]*\\}|<[^<>]*>|\\[[^\\[\\]]*\\]|%[^%\\s]+%|\\$\\{[^}]*\\}|\\$\\([^)]*\\)|#\\{[^}]*\\}#?|__\\w+__)$");
    /** Stand-in words anywhere in a value. */
    private static final Pattern PLACEHOLDER_TEXT = Pattern.compile("(?i)xxx|\\*{3,}|•{3,}|\\.\\.\\.|…"
            + "|replace[\\s_-]?(?:me|with|this)|change[\\s_-]?me|(?<![a-z])your[\\s_-]?[a-z]|placeholder|dummy|example"
            + "|sample|redacted|[\\s_-]here\\b|\\bhere>|insert[\\s_-]|enter[\\s_-]|fill[\\s_-]?in|\\btodo\\b|\\btbd\\b"
            + "|fixme|lorem|^any[-_]|tenant[-_]?name|00000000-0000-0000-0000-000000000000|fake"
            + "|^(?:my|some|the)[-_]?(?:password|passwd|pwd|secret|key|token|api[-_]?key|auth\\w*|pfx\\w*|cert\\w*|value)$"
            + "|^pfx[-_]?(?:content|data|value|base64)$"
            // a test double that says it does not work: IncorrectPassword, invalid_key, wrong-token
            + "|^(?:incorrect|invalid|wrong|bogus)[\\s_-]?(?:pass\\w*|pwd|secret|key|token|user\\w*|credential\\w*|value)$");
    /** Lower-case words that say what belongs there: {@code serviceone-auth-apikey}, {@code client_secret_value}. */
    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("[a-z]+(?:[-_.][a-z]+)*");
    private static final Pattern SAYS_SECRET = Pattern.compile(
            "(?:^|[-_.])(?:key|apikey|secret|password|passwd|pwd|token|connection[-_.]string|connection[-_.]key)(?:[-_.]|$)");
    private static final Pattern ONE_CHARACTER_REPEATED = Pattern.compile("^(.)\\1+$");
    /** A bare word for what should be there: {@code password}, {@code token}, {@code changeit}. */
    private static final Set<String> GENERIC_WORDS = Set.of("password", "passwd", "secret", "token", "apikey", "api-key",
            "key", "value", "string", "changeit", "clientsecret",
            "client_secret", "test", "demo");

    private Placeholders() {
    }

    /**
     * A stand-in, or the name of what should be there written as its value: a parameter {@code clientSecret}
     * whose default is {@code clientsecret} says where the secret goes, not what it is.
     */
    public static boolean isPlaceholder(String value, String name) {
        return isPlaceholder(value) || value != null && name != null && !squash(value).isEmpty()
                && squash(value).equals(squash(name));
    }

    private static String squash(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** The shape is tested first: it fails at the first capital or digit, which real secrets nearly all have. */
    private static boolean namesItself(String value) {
        return LOWER_CASE_WORDS.matcher(value).matches() && SAYS_SECRET.matcher(value).find();
    }

    public static boolean isPlaceholder(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        return WRAPPED.matcher(v).matches() || PLACEHOLDER_TEXT.matcher(v).find() || namesItself(v)
                || ONE_CHARACTER_REPEATED.matcher(v).matches() || GENERIC_WORDS.contains(v.toLowerCase(Locale.ROOT));
    }
}
