package dev.flowguard.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name (a variable, a JSON key, a connector parameter, a header, an environment variable, a definition
 * parameter) says that its value is a secret. Every rule asks here, so a name is a secret to all of them or to none.
 *
 * <p>A name is split into words ({@code client_secret}, {@code clientSecret}, {@code body/client-secret} all give
 * {@code client secret}) and judged by its last secret word and what follows it: {@code adminPassword},
 * {@code TokenSecretFO} and {@code SharePointAssistantKey} hold secrets, while {@code SecretName},
 * {@code ClientSecretExpiry}, {@code TokenClientID} and {@code passwordProfile} describe or contain one.
 * Tokens that carry no authority ({@code csrfToken}, {@code nextPageToken}) and keys that look something up
 * ({@code PartitionKey}, {@code RowKey}) are not secrets; neither is an OData annotation such as
 * {@code contoso_AccessToken@odata.bind}, which holds a record's id.
 */
public final class SecretNames {

    private static final Pattern ENVIRONMENT_VARIABLE_SUFFIX = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** Words that say secret, also as the end of a compound ({@code adminpassword}, {@code clientsecret}). */
    private static final List<String> SECRET_TAILS = List.of("password", "passwd", "passphrase", "passcode", "pwd",
            "secret", "secrets", "credential", "credentials", "apikey", "apikeys", "connectionstring", "sas");

    /**
     * Tokens that page, correlate or protect a form, and the link and public tokens of payment and banking APIs
     * (short-lived, meant for the client, exchanged server-side with the app's own secret): meant to be seen, they
     * carry no authority.
     */
    private static final Set<String> PUBLIC_TOKEN_QUALIFIERS = Set.of("csrf", "xsrf", "continuation", "next", "page",
            "paging", "pagination", "skip", "sync", "delta", "change", "lock", "lease", "cancellation", "resume", "state",
            "max", "min", "design", "color", "colour", "style", "form", "antiforgery", "forgery", "verification",
            "request", "correlation", "cursor", "link", "public");

    /** A {@code …Key} that looks a record up rather than opening anything. */
    private static final Set<String> LOOKUP_KEY_QUALIFIERS = Set.of("partition", "row", "sort", "foreign", "lookup",
            "assessment",
            "idempotency", "unique", "cache", "public", "object", "entity", "hot", "sequence", "group", "item", "record",
            "job", "issue", "project", "routing", "resource", "translation", "message", "search", "filter",
            "dictionary", "map", "json", "property", "column", "field", "hash", "natural", "composite", "alternate",
            "business", "order", "list", "table", "index", "region", "localization", "label", "lang",
            "language", "culture", "setting", "settings", "config", "configuration", "name", "type", "attribute",
            "range", "media", "file", "folder", "document", "blob", "content", "idempotent", "dedupe", "dedup",
            "duplicate", "short", "keyboard", "event", "metric", "tag", "template", "step", "string", "number",
            "integer", "int", "boolean", "bool", "date", "array", "response", "request", "sample", "test",
            "example", "custom");

    /** In one word, {@code …key} is a secret only after these: {@code accountkey} is, {@code monkey} is not. */
    private static final Set<String> COMPOUND_KEY_QUALIFIERS = Set.of("api", "access", "account", "subscription",
            "shared", "secret", "private", "master", "function", "functions", "host", "auth", "client", "app",
            "application", "sas", "connection", "signing", "encryption", "storage", "service", "admin", "primary",
            "secondary", "license", "licence", "developer", "ocp", "apim", "demo", "session", "openai", "user", "web",
            "crypto", "hmac", "aes", "rsa", "product", "instrumentation");

    /** Words after the secret word that make the name describe the secret rather than hold it. */
    private static final Set<String> DESCRIBING_WORDS = Set.of("name", "names", "url", "uri", "urls", "endpoint",
            "audience", "header", "vault", "type", "types", "expiry", "expiration", "expires", "expire", "expired",
            "hint", "length", "label", "date", "policy", "count", "version", "location", "scope", "scopes", "path",
            "format", "field", "fields", "issuer", "authority", "resource", "lifetime", "mode", "enabled", "required",
            "reset", "rotation", "prefix", "kind", "duration", "ttl", "id", "ids", "reference", "ref", "provider",
            "validation", "valid", "exists", "created", "updated", "changed", "last", "timestamp", "time", "flag",
            "description", "display", "title", "column", "profile", "properties", "property", "rule", "rules",
            "template", "manager", "management", "store", "identifier", "setting", "settings", "status", "state",
            "error", "message", "request", "response", "sign", "in", "change", "age", "strength", "complexity",
            "min", "max", "minimum", "maximum", "generator", "generated", "hash", "hashed", "salt", "algorithm",
            "number", "user", "username", "login", "account", "owner", "holder", "gen", "generation");

    /** Words after the secret word that still name the secret itself: {@code ClientSecretValue}, {@code PasswordProd}. */
    private static final Set<String> SAME_SECRET_WORDS = Set.of("value", "values", "text", "string", "plain", "raw",
            "encoded", "base64", "b64", "hex", "new", "old", "current", "primary", "secondary", "prod", "production",
            "test", "dev", "staging", "sandbox", "uat", "default", "temp", "temporary", "main", "backup", "local",
            "global", "live", "key", "secret", "fo", "v2", "v1");

    /** A first word that makes the name a switch about a secret: {@code isSecret}, {@code usePassword}. */
    private static final Set<String> FLAG_WORDS = Set.of("is", "has", "use", "uses", "show", "require", "requires",
            "enable", "enabled", "allow", "hide", "mask", "masked", "forgot", "forgotten", "no", "contains", "contain");
    /** Flag words long enough to recognise at the start of a one-word compound: {@code containsplaintextpassword}. */
    private static final List<String> COMPOUND_FLAG_PREFIXES = List.of("contains", "requires", "require", "enable",
            "show", "hide", "mask", "forgot", "uses");

    /** Below this length the characters are looked at one by one: copying a key would cost more. */
    private static final int LONG_TEXT = 64;

    /** Every secret name holds one of these, whatever its case. */
    private static final List<String> STEMS = List.of("key", "token", "pass", "pwd", "secret", "sas", "credential",
            "connection", "assertion");

    private SecretNames() {
    }

    /** Whether a value named {@code name} holds a secret. */
    public static boolean isSecret(String name) {
        if (name == null || !mayHoldSecretName(name) || name.contains("@odata.")) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty() || FLAG_WORDS.contains(words.get(0)) && words.size() > 1) {
            return false;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            if (isSecretWord(words, i)) {
                return !describedAfter(words, i);
            }
        }
        return false;
    }

    /**
     * Whether a secret-named value is a token a service issues while the flow runs ({@code access_token},
     * {@code sessionToken}, {@code id_token}): short-lived, obtained by the flow rather than configured for it. Keys,
     * passwords and client secrets are configuration.
     */
    public static boolean isIssuedToken(String name) {
        if (!isSecret(name)) {
            return false;
        }
        List<String> words = words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (isSecretWord(words, i)) {
                String word = words.get(i);
                return word.endsWith("token") || word.endsWith("tokens");
            }
        }
        return false;
    }

    /**
     * Cheap first look, asked of every key of every flow: every secret name holds one of these letter sequences,
     * whatever their case, and most names and most texts hold none, so the words are split only for the few that do.
     */
    public static boolean mayHoldSecretName(String text) {
        return mayHoldSecretName(text, 0, text.length());
    }

    /** {@link #mayHoldSecretName(String)} of the part of {@code text} from {@code start} to {@code end}. */
    public static boolean mayHoldSecretName(String text, int start, int end) {
        if (end - start < LONG_TEXT) {
            return hasStem(text, start, end);
        }
        // a long text: one lower-case copy and an indexOf per stem, as the JDK searches Latin-1 text many characters
        // at a time, where a loop over the characters stops at every common pair ("to", "se", "pa", "co", "ke")
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStem(String text, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            // two characters decide which stem can start here; only then is the rest compared
            int second = text.charAt(i + 1) | 0x20;
            String stem = switch (text.charAt(i) | 0x20) {
                case 'p' -> second == 'w' ? "pwd" : second == 'a' ? "pass" : null;
                case 's' -> second == 'a' ? "sas" : second == 'e' ? "secret" : null;
                case 'k' -> second == 'e' ? "key" : null;
                case 't' -> second == 'o' ? "token" : null;
                case 'c' -> second == 'r' ? "credential" : second == 'o' ? "connection" : null;
                case 'a' -> second == 's' ? "assertion" : null;
                default -> null;
            };
            if (stem != null && startsWithIgnoringCase(text, i, stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@code stem} (lower-case ASCII) at {@code at} of {@code text}, compared a bit at a time, without a call. */
    private static boolean startsWithIgnoringCase(String text, int at, String stem) {
        if (at + stem.length() > text.length()) {
            return false;
        }
        for (int k = 2; k < stem.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != stem.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a name, lower case, without trailing digits: an environment variable's {@code " (schema_name)"}
     * suffix is dropped and only the last segment of a path ({@code item/ClientSecret}) counts.
     */
    public static List<String> words(String name) {
        String trimmed = name.endsWith(")") ? ENVIRONMENT_VARIABLE_SUFFIX.matcher(name).replaceFirst("") : name;
        trimmed = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        // split as camelCase, snake_case and kebab-case read: clientSecret, client_secret, APIKey → api key
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                addWord(trimmed, start, i, words);
                start = -1;
            } else if (start < 0) {
                start = i;
            } else if (isUpper(c) && (!isUpper(trimmed.charAt(i - 1))
                    || i + 1 < trimmed.length() && isLower(trimmed.charAt(i + 1)))) {
                addWord(trimmed, start, i, words);
                start = i;
            }
        }
        addWord(trimmed, start, trimmed.length(), words);
        return words;
    }

    /** The word from {@code start} to {@code end}, lower case and without trailing digits ({@code Password2}). */
    private static void addWord(String text, int start, int end, List<String> into) {
        if (start < 0) {
            return;
        }
        while (end > start && Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isSecretWord(List<String> words, int i) {
        String word = words.get(i);
        String previous = i > 0 ? words.get(i - 1) : "";
        if ((word.equals("string") || word.equals("strings")) && previous.equals("connection")
                || word.equals("assertion") && previous.equals("client")) {
            return true;
        }
        for (String tail : SECRET_TAILS) {
            if (word.endsWith(tail) && (!tail.equals("sas") || word.equals("sas"))) {
                String prefix = word.substring(0, word.length() - tail.length());
                return COMPOUND_FLAG_PREFIXES.stream().noneMatch(prefix::startsWith);
            }
        }
        String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (stem.endsWith("token")) {
            String qualifier = stem.equals("token") ? previous : stem.substring(0, stem.length() - "token".length());
            return !PUBLIC_TOKEN_QUALIFIERS.contains(qualifier);
        }
        if (stem.equals("key")) {
            // a bare "key" is the key of a key/value pair; a qualified one opens something unless it looks a row up
            return !previous.isEmpty() && !LOOKUP_KEY_QUALIFIERS.contains(previous);
        }
        if (stem.endsWith("key")) {
            return COMPOUND_KEY_QUALIFIERS.contains(stem.substring(0, stem.length() - "key".length()));
        }
        return false;
    }

    /** Whether the words after the secret word at {@code i} name something about it rather than the secret. */
    private static boolean describedAfter(List<String> words, int i) {
        for (int after = i + 1; after < words.size(); after++) {
            String word = words.get(after);
            if (DESCRIBING_WORDS.contains(word) && !SAME_SECRET_WORDS.contains(word)) {
                return true;
            }
            if (!SAME_SECRET_WORDS.contains(word) && word.length() > 3) {
                // an unknown longer word ends the name with something else: tokenResponse, secretsManager
                return true;
            }
        }
        return false;
    }
}
