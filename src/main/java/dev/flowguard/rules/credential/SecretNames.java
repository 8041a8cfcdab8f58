package dev.flowguard.rules.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name (a variable, a JSON key, a connector parameter, a header, a query parameter) says that
 * its value is a secret. Names are split into words ({@code client_secret}, {@code clientSecret},
 * {@code body/client-secret} all give {@code client secret}) and judged by their last word, so
 * {@code SecretName}, {@code tokenUrl} and {@code PartitionKey} are not secrets while
 * {@code adminPassword}, {@code sasToken} and {@code subscriptionKey} are.
 */
final class SecretNames {

    private static final Pattern WORD_BREAK =
            Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+");
    private static final Pattern ENVIRONMENT_VARIABLE_SUFFIX = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** A last word that alone says secret, also as the tail of a compound ({@code adminpassword}). */
    private static final List<String> SECRET_TAILS = List.of("password", "passwd", "passphrase", "secret", "apikey",
            "token", "pwd");
    private static final Set<String> SECRET_WORDS = Set.of("credential", "credentials", "sas");
    /** Tokens that carry no authority: paging, locking, limits. */
    private static final Set<String> HARMLESS_TOKEN_QUALIFIERS = Set.of("lock", "continuation", "next", "page", "paging",
            "skip", "sync", "delta", "cancellation", "max", "min", "csrf", "xsrf", "change", "design", "color", "style");
    /** A {@code …Key} is a secret only with one of these before it: {@code PartitionKey} is not. */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "account", "subscription", "shared",
            "secret", "private", "master", "function", "functions", "host", "auth", "client", "app", "application", "sas",
            "connection", "signing", "encryption", "storage", "service", "admin", "primary", "secondary", "license",
            "licence", "developer", "ocp", "apim");

    private SecretNames() {
    }

    /** The words of a name, lower case; an environment variable's {@code " (schema_name)"} suffix is dropped. */
    static List<String> words(String name) {
        String trimmed = ENVIRONMENT_VARIABLE_SUFFIX.matcher(name).replaceFirst("");
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAK.split(trimmed)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    static boolean saysSecret(String name) {
        if (!mayBeSecret(name)) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String previous = words.size() > 1 ? words.get(words.size() - 2) : "";
        if (SECRET_WORDS.contains(last)) {
            return true;
        }
        if (last.equals("key") || last.endsWith("key")) {
            return keyIsSecret(last, previous);
        }
        for (String tail : SECRET_TAILS) {
            if (last.endsWith(tail)) {
                return !tail.equals("token") || tokenIsSecret(last, previous);
            }
        }
        return false;
    }

    /** Cheap first look: every secret name holds one of these letter sequences, most names hold none. */
    private static boolean mayBeSecret(String name) {
        for (int i = 0; i + 2 < name.length(); i++) {
            String candidate = switch (name.charAt(i) | 0x20) {
                case 'p' -> name.charAt(i + 1) == 'w' || name.charAt(i + 1) == 'W' ? "pwd" : "pas";
                case 's' -> name.charAt(i + 1) == 'a' || name.charAt(i + 1) == 'A' ? "sas" : "sec";
                case 'k' -> "key";
                case 't' -> "tok";
                case 'c' -> "cre";
                default -> null;
            };
            if (candidate != null && sameLetter(name.charAt(i + 1), candidate.charAt(1))
                    && sameLetter(name.charAt(i + 2), candidate.charAt(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is {@code lower} ignoring case, as {@link String#regionMatches(boolean, int, String, int, int)}
     * compares characters, but without a call per character for the ASCII that names nearly always are.
     */
    private static boolean sameLetter(char c, char lower) {
        if (c < 0x80) {
            return (c | 0x20) == lower;
        }
        char upper = Character.toUpperCase(c);
        return upper == Character.toUpperCase(lower) || Character.toLowerCase(upper) == lower;
    }

    private static boolean keyIsSecret(String last, String previous) {
        if (last.equals("key")) {
            return KEY_QUALIFIERS.contains(previous);
        }
        String qualifier = last.substring(0, last.length() - "key".length());
        return KEY_QUALIFIERS.contains(qualifier);
    }

    private static boolean tokenIsSecret(String last, String previous) {
        String qualifier = last.equals("token") ? previous : last.substring(0, last.length() - "token".length());
        return !HARMLESS_TOKEN_QUALIFIERS.contains(qualifier);
    }
}
