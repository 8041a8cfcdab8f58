package dev.flowguard.rules.environment;

import dev.flowguard.knowledge.Placeholders;
import java.util.List;
import java.util.regex.Pattern;

/** What a value shipped for a secret-like name looks like: a real secret, a placeholder, or not a secret at all. */
final class SecretValues {

    enum Look {
        /** Nothing shipped. */
        EMPTY,
        /** {@code <your-key>}, {@code {client secret}}, {@code xxxx}: shows where a secret goes (LOW at most). */
        PLACEHOLDER,
        /** A GUID, a URL without credentials, a Key Vault reference, a flag, a sentence. */
        NOT_A_SECRET,
        /** Anything else: treat it as the secret itself. */
        SECRET
    }

    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    private static final Pattern KEY_VAULT_REFERENCE = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\\.keyvault/vaults/[^/]+/secrets/.+");
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S+");
    private static final Pattern URL_CREDENTIALS = Pattern.compile(
            "(?i)://[^/@\\s]+:[^/@\\s]+@|[?&](sig|code|key|apikey|api_key|access_token|token|password|pwd|secret|client_secret)=[^&\\s]+");
    private static final Pattern NUMBER_OR_FLAG = Pattern.compile("(?i)-?\\d+(\\.\\d+)?|true|false|yes|no|null|none|n/?a");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final int SHORTEST_SECRET = 6;

    private SecretValues() {
    }

    /** How {@code value} looks as the value of something named {@code names}: a value that repeats its name is a stand-in. */
    static Look look(String value, List<String> names) {
        for (String name : names) {
            if (value != null && !value.isBlank() && Placeholders.isPlaceholder(value.strip(), name)) {
                return Look.PLACEHOLDER;
            }
        }
        return look(value);
    }

    static Look look(String value) {
        if (value == null || value.isBlank()) {
            return Look.EMPTY;
        }
        String text = value.strip();
        if (GUID.matcher(text).matches() || KEY_VAULT_REFERENCE.matcher(text).matches()
                || NUMBER_OR_FLAG.matcher(text).matches() || EMAIL.matcher(text).matches()) {
            return Look.NOT_A_SECRET;
        }
        if (URL.matcher(text).matches()) {
            return URL_CREDENTIALS.matcher(text).find() ? Look.SECRET : Look.NOT_A_SECRET;
        }
        if (Placeholders.isPlaceholder(text)) {
            return Look.PLACEHOLDER;
        }
        if (text.length() < SHORTEST_SECRET || text.chars().filter(Character::isWhitespace).count() >= 3
                || text.startsWith("{") || text.startsWith("[")) {
            // short words, sentences and JSON documents are settings, not credentials
            return Look.NOT_A_SECRET;
        }
        return Look.SECRET;
    }
}
