package dev.flowguard.rules.exposure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a name (an environment variable's, a parameter's) says it holds a secret. */
final class SecretNames {

    private static final Pattern SECRET = Pattern.compile(
            "(?i)(secret|password|passwd|pwd|api[-_ ]?key|access[-_ ]?key|private[-_ ]?key|token|credential"
                    + "|connection[-_ ]?string)");

    /** A word "Key" in camel case or between separators ({@code SharePointAssistantKey}, {@code storage_key}). */
    private static final Pattern KEY_WORD = Pattern.compile("Key(?![a-z])|(?i:(^|[-_ .])key([-_ .]|$))");

    /** Keys that are identifiers, not secrets. */
    private static final Pattern NOT_A_SECRET_KEY = Pattern.compile(
            "(?i)(partition|sort|row|primary|foreign|lookup|idempotency|entity|column|field|unique|public|"
                    + "translation|resource|hash)[-_ ]?key|key[-_ ]?vault");

    /** Names about a secret without being one: where to send it, whose it is, what kind it is. */
    private static final Pattern NOT_THE_SECRET = Pattern.compile(
            "(?i)(url|uri|endpoint|audience|authority|tenant|client[-_ ]?id|app[-_ ]?id|name|type|expir|length|"
                    + "lifetime|scope)");

    /** Every match of SECRET or KEY_WORD holds one of these, lower-cased: most names hold none. */
    private static final List<String> STEMS = List.of("secret", "pass", "pwd", "key", "token", "credential",
            "connection");

    private SecretNames() {
    }

    static boolean looksSecret(String name) {
        if (name == null || !mayBeSecret(name) || NOT_THE_SECRET.matcher(name).find()) {
            return false;
        }
        return SECRET.matcher(name).find() || KEY_WORD.matcher(name).find() && !NOT_A_SECRET_KEY.matcher(name).find();
    }

    private static boolean mayBeSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
