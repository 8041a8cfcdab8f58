package dev.flowguard.rules.environment;

import java.util.List;
import java.util.Locale;

/**
 * Whether a name (an environment variable, a header, a body field, a connector parameter) says it holds a
 * secret. Names are compared squashed ({@code Client Secret}, {@code client_secret} and {@code clientSecret}
 * are one name) and a name that ends by describing something else is not one: {@code KeyVaultName},
 * {@code TokenAudience}, {@code ApiKeyHeaderName}, {@code ClientSecretExpiry} name things about a secret.
 */
final class SecretNames {

    /** Words that mean a secret wherever they sit in a name. */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "passphrase", "secret",
            "credential", "apikey", "accesskey", "accountkey", "subscriptionkey", "privatekey", "sharedkey",
            "signingkey", "masterkey", "functionkey", "hostkey", "token", "connectionstring", "sastoken");

    /** Tokens that are not secrets: they page, correlate or protect a form, and are meant to be seen. */
    private static final List<String> PUBLIC_TOKENS = List.of("continuationtoken", "nexttoken", "pagetoken",
            "skiptoken", "synctoken", "changetoken", "deltatoken", "paginationtoken", "locktoken", "leasetoken",
            "cancellationtoken", "resumetoken", "statetoken");

    /** Words that, after the secret word, make the name describe the secret rather than hold it. */
    private static final List<String> DESCRIBING_WORDS = List.of("name", "url", "uri", "endpoint", "audience",
            "header", "vault", "type", "expir", "hint", "length", "label", "date", "policy", "count", "version",
            "location", "scope", "path", "format", "field", "issuer", "authority", "resource", "lifetime", "mode",
            "enabled", "required", "reset", "rotation", "prefix", "kind", "duration", "ttl");

    /** {@code key} alone only counts at the end of a name, and not after words that make it a lookup key. */
    private static final List<String> NOT_SECRET_KEYS = List.of("partitionkey", "rowkey", "sortkey", "primarykey",
            "foreignkey", "lookupkey", "idempotencykey", "uniquekey", "cachekey", "publickey", "objectkey",
            "entitykey", "hotkey", "sequencekey", "groupkey", "keykey", "itemkey", "recordkey", "jobkey",
            "issuekey", "projectkey", "sessionkey", "routingkey", "resourcekey", "translationkey", "messagekey",
            "statekey", "searchkey", "filterkey", "dictionarykey", "mapkey", "jsonkey", "propertykey");

    /**
     * Every secret word and every key name holds one of these: a name with none is no secret name, and most
     * names (body fields, connector parameters) are decided by this test alone.
     */
    private static final List<String> SECRET_STEMS = List.of("pass", "secret", "credential", "key", "token",
            "connectionstring");

    private SecretNames() {
    }

    static boolean isSecretLike(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String squashed = squash(name);
        if (!mayBeSecret(squashed)) {
            return false;
        }
        for (String publicToken : PUBLIC_TOKENS) {
            squashed = squashed.replace(publicToken, "");
        }
        int secretEnd = -1;
        for (String word : SECRET_WORDS) {
            int at = squashed.lastIndexOf(word);
            if (at >= 0) {
                secretEnd = Math.max(secretEnd, at + word.length());
            }
        }
        if (endsWithSecretKey(squashed)) {
            secretEnd = Math.max(secretEnd, squashed.length());
        }
        if (secretEnd < 0) {
            return false;
        }
        String after = squashed.substring(secretEnd);
        if (after.equals("id") || after.equals("ids")) {
            return false;
        }
        for (String describing : DESCRIBING_WORDS) {
            if (after.contains(describing)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeSecret(String squashed) {
        for (String stem : SECRET_STEMS) {
            if (squashed.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSecretKey(String squashed) {
        String stem = squashed.endsWith("keys") ? squashed.substring(0, squashed.length() - 1) : squashed;
        if (!stem.endsWith("key")) {
            return false;
        }
        for (String lookup : NOT_SECRET_KEYS) {
            if (stem.endsWith(lookup)) {
                return false;
            }
        }
        return true;
    }

    static String squash(String name) {
        char[] ascii = new char[name.length()];
        int length = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ascii[length++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                ascii[length++] = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                // beyond ASCII, letters and case are Unicode's business
                return squashUnicode(name);
            }
        }
        return new String(ascii, 0, length);
    }

    private static String squashUnicode(String name) {
        StringBuilder squashed = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                squashed.append(Character.toLowerCase(c));
            }
        }
        return squashed.toString().toLowerCase(Locale.ROOT);
    }
}
