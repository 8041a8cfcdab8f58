package dev.flowguard.rules.credential;

import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.UrlCredentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of secret formats flowguard knows by their shape (docs/secret-patterns.md lists them).
 * Each has a cheap keyword that must appear before its regular expression runs, a capture group that is the
 * secret itself, and, where the format is generic, a minimum Shannon entropy. Specific formats come first:
 * a match that overlaps an earlier one (a JWT after {@code Bearer}) is not counted again.
 */
final class SecretPatterns {

    private static final String B64 = "A-Za-z0-9+/";
    private static final String B64URL = "A-Za-z0-9_-";

    /**
     * @param keywords at least one must be in the text before the regular expression runs; when
     *     {@code keywordsIgnoreCase}, whatever their letter case
     * @param keywordOffset where every match has its keyword, counted from the match's start, when that is
     *     fixed (Microsoft's identifiable keys carry a signature at a set place); then the expression is only
     *     tried there, at each keyword, instead of at every character. -1 when not fixed.
     */
    record SecretPattern(String id, String kind, List<String> keywords, boolean keywordsIgnoreCase, Pattern regex,
            double minEntropy, Predicate<String> check, int keywordOffset) {

        /** This pattern, tried only {@code offset} characters before each of its keywords. */
        SecretPattern at(int offset) {
            return new SecretPattern(id, kind, keywords, keywordsIgnoreCase, regex, minEntropy, check, offset);
        }
    }

    /**
     * A keyword to look for, and the pattern (by its index in the catalogue) it lets run.
     *
     * @param text the keyword, in lower case when {@code ignoreCase}
     */
    private record Keyword(String text, int pattern, boolean ignoreCase) {

        /** Whether the keyword (ASCII) is at {@code at} of {@code bytes}, the text as ISO-8859-1. */
        boolean isAt(byte[] bytes, int at) {
            if (at + text.length() > bytes.length) {
                return false;
            }
            for (int k = 0; k < text.length(); k++) {
                int b = bytes[at + k];
                if ((ignoreCase ? lower(b) : b) != text.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final List<SecretPattern> CATALOGUE = List.of(
            exact("pem-private-key", "a PEM private key", "PRIVATE KEY-----",
                    "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----([" + B64 + "=\\s\\\\]{40,})"),
            checked("jwt", "a JSON Web Token", "yJ", false,
                    "(?<![" + B64URL + "])(eyJ[" + B64URL + "]{10,}\\.eyJ[" + B64URL + "]{10,}\\.[" + B64URL + "]{10,})",
                    0, SecretPatterns::isJwt).at(1),
            entropic("entra-client-secret", "an Entra ID client secret", "Q~", false,
                    "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])", 3.0).at(4),
            exact("github-token", "a GitHub token", List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), "\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b").at(0),
            exact("github-fine-grained-token", "a GitHub fine-grained token", "github_pat_",
                    "\\b(github_pat_[A-Za-z0-9_]{82})\\b").at(0),
            exact("slack-token", "a Slack token", "xox", "\\b(xox[abposre]-[A-Za-z0-9-]{10,})").at(0),
            exact("slack-webhook", "a Slack incoming-webhook URL", "hooks.slack.com",
                    "(https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,})").at(8),
            exact("aws-access-key-id", "an AWS access key id", List.of("AKIA", "ASIA", "ABIA", "ACCA"), "\\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\\b").at(0),
            entropic("aws-secret-access-key", "an AWS secret access key", "Aws", true,
                    "(?i)aws.{0,20}secret.{0,20}[=:]\\s*['\"]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 4.0).at(0),
            exact("google-api-key", "a Google API key", "AIza", "\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])").at(0),
            exact("stripe-key", "a Stripe secret key", List.of("k_live_", "k_test_"), "\\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,})\\b").at(1),
            exact("sendgrid-api-key", "a SendGrid API key", "SG.", "\\b(SG\\.[" + B64URL + "]{22}\\.[" + B64URL + "]{43})").at(0),
            entropic("twilio-api-key", "a Twilio API key", "SK", false, "\\b(SK[0-9a-fA-F]{32})\\b", 3.0).at(0),
            anchored("azure-functions-key", "an Azure Functions key", List.of("AzFu"), 44,
                    "(?<![" + B64URL + "])([" + B64URL + "]{44}AzFu[" + B64URL + "]{5}[AQgw]==)"),
            anchored("azure-512-bit-key", "an Azure Storage / Cosmos DB / API Management / Batch key",
                    List.of("+ASt", "ACDb", "APIM", "+ABa", "+AMC"), 76,
                    "(?<![" + B64 + "])([" + B64 + "]{76}(?:\\+ASt|ACDb|APIM|\\+ABa|\\+AMC)[" + B64 + "]{5}[AQgw]==)"),
            anchored("azure-256-bit-key", "an Azure Service Bus / Event Hubs / Relay / IoT / Redis / Event Grid key",
                    List.of("+ASb", "+AEh", "+ARm", "AIoT", "AzCa", "AZEG"), 33,
                    "(?<![" + B64 + "])([" + B64 + "]{33}(?:\\+ASb|\\+AEh|\\+ARm|AIoT|AzCa|AZEG)[A-P][" + B64 + "]{5}=)"),
            anchored("azure-search-key", "an Azure AI Search or Container Registry key", List.of("AzSe", "+ACR"), 42,
                    "(?<![" + B64 + "])([" + B64 + "]{42}(?:AzSe|\\+ACR)[A-D][" + B64 + "]{5})(?![" + B64 + "])"),
            anchored("azure-common-annotated-key", "a Microsoft identifiable key (Azure AI services and others)",
                    List.of("JQQJ9"), 52,
                    "(?<![A-Za-z0-9+/_=-])([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}"
                            + "(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9])"),
            exact("npm-token", "an npm access token", "npm_", "\\b(npm_[A-Za-z0-9]{36})\\b").at(0),
            exact("nuget-api-key", "a NuGet API key", "oy2",
                    "\\b(oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])\\b").at(0),
            entropic("storage-account-key", "a storage account key (AccountKey=)", "AccountKey", true,
                    "(?i)AccountKey\\s*=\\s*([" + B64 + "]{40,}={0,2})", 4.0).at(0),
            entropic("shared-access-key", "a shared access key (SharedAccessKey=)", "SharedAccessKey", true,
                    "(?i)SharedAccessKey\\s*=\\s*([" + B64 + "]{30,}={0,2})", 4.0).at(0),
            entropic("shared-access-signature", "a shared access signature (SharedAccessSignature=)",
                    "SharedAccessSignature", true, "(?i)SharedAccessSignature\\s*[=\\s]\\s*([^;\"'\\s]{30,})", 3.5).at(0),
            checked("sas-signature", "a SAS signature (sig=)", "Sig=", true,
                    "(?i)(?<![A-Za-z0-9_])sig=((?:[" + B64 + "_-]|%2[bBfF]|%3[dD]){30,})", 3.5, s -> true).at(0),
            checked("connection-string-password", "a password in a connection string", List.of("Password", "Pwd"), true,
                    "(?i)(?:^|;)\\s*(?:password|pwd)\\s*=\\s*([^;\"'\\r\\n]+)", 0, SecretPatterns::isUsablePassword),
            checked("basic-credentials", "Basic authentication credentials", "Basic", true,
                    "(?i)\\bBasic\\s+([" + B64 + "]{6,}={0,2})(?![" + B64 + "=])", 0, SecretPatterns::isBasicCredential).at(0),
            entropic("bearer-token", "a bearer token", "Bearer", true,
                    "(?i)\\bBearer\\s+([A-Za-z0-9._~+/-]{20,}=*)", 3.5).at(0));

    /** Formats whose secret can be shorter than {@link #LONG_TOKEN}: a password, a short Basic credential. */
    private static final Set<String> SHORT_SECRETS = Set.of("connection-string-password", "basic-credentials");
    private static final int LONG_TOKEN = 16;
    /** No format fits in a shorter text: most strings of a flow are shorter. */
    static final int SHORTEST = LONG_TOKEN;
    private static final int ASCII = 128;
    private static final Keyword[][] KEYWORDS_BY_FIRST_PAIR = indexKeywords();
    private static final long[] PAIRS_STARTING_KEYWORDS = pairsStartingKeywords();
    private static final long SHORT_SECRET_MASK = shortSecretMask();
    /** What keys, tokens and signatures are made of: letters, digits and {@code +/=_-~.%}. */
    private static final boolean[] TOKEN_CHARACTERS = tokenCharacters();
    /** Compiled once: a connection string names a server, a database or a user before its password. */
    private static final Pattern CONNECTION_STRING_KEY = Pattern.compile("\\b(server|data source|host|user id|uid|user"
            + "|username|initial catalog|database|address|endpoint|hostname)\\s*=");

    private SecretPatterns() {
    }

    /** Every known secret in {@code text}, placeholders excluded, overlapping matches counted once. */
    static List<SecretMatch> find(String text) {
        if (text == null || text.length() < SHORTEST) {
            return List.of();
        }
        long candidates = candidatePatterns(text);
        if (candidates == 0) {
            return List.of();
        }
        List<SecretMatch> found = new ArrayList<>(0);
        for (int index = 0; index < CATALOGUE.size(); index++) {
            if ((candidates & (1L << index)) == 0) {
                continue;
            }
            SecretPattern pattern = CATALOGUE.get(index);
            if (pattern.id().equals("connection-string-password") && !looksLikeConnectionString(text)) {
                continue;
            }
            for (MatchResult result : matches(pattern, text)) {
                add(pattern, text, result, found);
            }
        }
        return found;
    }

    /** What {@code pattern.regex().matcher(text).results()} gives, found faster when the pattern allows. */
    static List<MatchResult> matches(SecretPattern pattern, String text) {
        if (pattern.keywordOffset() >= 0) {
            return matchesAtKeywords(pattern, text);
        }
        return pattern.regex().matcher(text).results().toList();
    }

    /**
     * What {@code matcher.find()} would find, for a pattern whose keyword sits at a fixed place in every match:
     * the expression is tried only where a keyword puts a match's start, with the text before it still visible
     * to its look-behind. {@code APIM} is in many flows (API Management names); trying a 76-character key at
     * every character of each such string cost more than all other patterns together.
     */
    private static List<MatchResult> matchesAtKeywords(SecretPattern pattern, String text) {
        List<Integer> starts = new ArrayList<>();
        boolean ignoreCase = pattern.keywordsIgnoreCase();
        for (String keyword : pattern.keywords()) {
            for (int at = indexOf(text, keyword, 0, ignoreCase); at >= 0; at = indexOf(text, keyword, at + 1, ignoreCase)) {
                if (at >= pattern.keywordOffset()) {
                    starts.add(at - pattern.keywordOffset());
                }
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        Collections.sort(starts);
        List<MatchResult> matches = new ArrayList<>(1);
        Matcher matcher = pattern.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int start : starts) {
            // like find(): no match starts inside the previous one
            if (start < end) {
                continue;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                matches.add(matcher.toMatchResult());
                end = matcher.end();
            }
        }
        return matches;
    }

    /** Where {@code keyword} (ASCII) is next in {@code text} from {@code from}, ignoring the case of letters if asked. */
    private static int indexOf(String text, String keyword, int from, boolean ignoreCase) {
        if (!ignoreCase) {
            return text.indexOf(keyword, from);
        }
        char first = keyword.charAt(0);
        char other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        for (int at = from; at <= text.length() - keyword.length(); at++) {
            char c = text.charAt(at);
            if ((c == first || c == other) && text.regionMatches(true, at, keyword, 0, keyword.length())) {
                return at;
            }
        }
        return -1;
    }

    private static void add(SecretPattern pattern, String text, MatchResult matcher, List<SecretMatch> found) {
        String secret = matcher.group(1).strip();
        String kind = pattern.id().equals("sas-signature") && UrlCredentials.isFlowTriggerUrl(text)
                ? "a flow trigger URL signature (sig=)" : pattern.kind();
        SecretMatch match = new SecretMatch(pattern.id(), kind, secret, matcher.start(1), matcher.end(1));
        if (accepted(pattern, secret) && found.stream().noneMatch(match::overlaps)) {
            found.add(match);
        }
    }

    /**
     * What lets patterns run: the keywords, and whether the text holds a long token. At each pair of
     * characters only the keywords starting with that pair are compared (most pairs start none, so most
     * characters cost a table read). The text is read as ISO-8859-1 bytes: a copy, but the loops then run over
     * an array without String's per-character checks; two simple loops ran faster than one doing both.
     * Beyond Latin-1 a character (a surrogate pair too) becomes one '?', in no keyword and no token, which is
     * what it was to both tests; positions in the bytes are therefore not positions in the text.
     *
     * @return bit {@code i} set when pattern {@code i} of the catalogue has a keyword in the text; when the
     *     text has no long token, only the patterns of {@link #SHORT_SECRETS} can match: nearly every format
     *     is a long unbroken token, and most strings of a flow (expressions, prose) have none
     */
    private static long candidatePatterns(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        Keyword[][] index = KEYWORDS_BY_FIRST_PAIR;
        long[] pairs = PAIRS_STARTING_KEYWORDS;
        long candidates = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            // seven bits of each byte make the pair: no branch for the rare bytes beyond ASCII, whose false
            // pairs the check after the table read turns away
            int pair = FOLD[bytes[i] & 0x7f] << 7 | FOLD[bytes[i + 1] & 0x7f];
            if ((pairs[pair >>> 6] & 1L << pair) != 0 && bytes[i] >= 0 && bytes[i + 1] >= 0) {
                candidates |= keywordsAt(bytes, i, index[pair]);
            }
        }
        // keywords are rare, so the token test runs for few strings
        return (candidates & ~SHORT_SECRET_MASK) == 0 || hasLongToken(bytes) ? candidates : candidates & SHORT_SECRET_MASK;
    }

    /** Whether {@link #LONG_TOKEN} characters of {@link #TOKEN_CHARACTERS} follow each other somewhere. */
    private static boolean hasLongToken(byte[] bytes) {
        boolean[] token = TOKEN_CHARACTERS;
        int run = 0;
        for (byte b : bytes) {
            run = token[b & 0xff] ? run + 1 : 0;
            if (run >= LONG_TOKEN) {
                return true;
            }
        }
        return false;
    }

    /** The patterns whose keywords start at {@code i}, whose first two characters are known to match one. */
    private static long keywordsAt(byte[] text, int i, Keyword[] keywords) {
        long candidates = 0;
        for (Keyword keyword : keywords) {
            if (keyword.isAt(text, i)) {
                candidates |= 1L << keyword.pattern();
            }
        }
        return candidates;
    }

    /**
     * Keywords by their first two characters in lower case (every keyword has at least two, all ASCII). A keyword
     * that ignores case is compared in lower case with the text folded to lower case as it is read, so
     * {@code accountKey=}, {@code ACCOUNTKEY=} and {@code PassWord=} all let their pattern run, as the
     * platform reads connection strings whatever their case; the others are compared exactly.
     */
    private static Keyword[][] indexKeywords() {
        if (CATALOGUE.size() > Long.SIZE) {
            throw new IllegalStateException("candidate patterns are a bit set of 64");
        }
        List<List<Keyword>> byPair = new ArrayList<>(ASCII * ASCII);
        for (int pair = 0; pair < ASCII * ASCII; pair++) {
            byPair.add(new ArrayList<>(0));
        }
        for (int index = 0; index < CATALOGUE.size(); index++) {
            SecretPattern pattern = CATALOGUE.get(index);
            for (String text : pattern.keywords()) {
                if (text.length() < 2 || text.charAt(0) >= ASCII || text.charAt(1) >= ASCII) {
                    throw new IllegalStateException("keyword '" + text + "' is not two ASCII characters or more");
                }
                String spelling = pattern.keywordsIgnoreCase() ? text.toLowerCase(Locale.ROOT) : text;
                byPair.get(lower(text.charAt(0)) * ASCII + lower(text.charAt(1)))
                        .add(new Keyword(spelling, index, pattern.keywordsIgnoreCase()));
            }
        }
        return byPair.stream().map(list -> list.isEmpty() ? null : list.toArray(Keyword[]::new)).toArray(Keyword[][]::new);
    }

    /** {@link #lower} of every seven-bit character, read at each pair of every string: a table beats a branch. */
    private static final int[] FOLD = java.util.stream.IntStream.range(0, ASCII).map(SecretPatterns::lower).toArray();

    /** An ASCII letter in lower case; any other character as it is. */
    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }

    private static long[] pairsStartingKeywords() {
        long[] bits = new long[ASCII * ASCII / Long.SIZE];
        for (int pair = 0; pair < KEYWORDS_BY_FIRST_PAIR.length; pair++) {
            if (KEYWORDS_BY_FIRST_PAIR[pair] != null) {
                bits[pair >>> 6] |= 1L << pair;
            }
        }
        return bits;
    }

    private static boolean[] tokenCharacters() {
        boolean[] token = new boolean[256];
        for (int c = 0; c < ASCII; c++) {
            token[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "+/=_-~.%".indexOf(c) >= 0;
        }
        return token;
    }

    private static long shortSecretMask() {
        long mask = 0;
        for (int index = 0; index < CATALOGUE.size(); index++) {
            if (SHORT_SECRETS.contains(CATALOGUE.get(index).id())) {
                mask |= 1L << index;
            }
        }
        return mask;
    }

    private static boolean accepted(SecretPattern pattern, String secret) {
        return !secret.isEmpty() && !Literals.isPlaceholder(secret) && !Literals.isExpression(secret)
                && Entropy.bitsPerChar(secret) >= pattern.minEntropy() && pattern.check().test(secret);
    }

    private static boolean looksLikeConnectionString(String text) {
        return text.indexOf(';') >= 0 && CONNECTION_STRING_KEY.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** A connection string's password that is one, not a stand-in ({@code {your_password}}) or an expression. */
    private static boolean isUsablePassword(String value) {
        return Literals.judge(value, Literals.Context.CREDENTIAL_SLOT) == Literals.Judgement.CREDENTIAL;
    }

    /** {@code Basic} followed by base64 of {@code user:password} with a password that is not a placeholder. */
    private static boolean isBasicCredential(String base64) {
        String decoded = decode(base64, Base64.getDecoder());
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon < 0 || !decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return false;
        }
        String password = decoded.substring(colon + 1);
        return !password.isEmpty() && !Literals.isPlaceholder(password) && !Literals.isExpression(password);
    }

    /** A JWT whose header decodes to JSON naming an algorithm or a type. */
    private static boolean isJwt(String token) {
        String header = decode(token.substring(0, token.indexOf('.')), Base64.getUrlDecoder());
        return header != null && (header.contains("\"alg\"") || header.contains("\"typ\""));
    }

    private static String decode(String text, Base64.Decoder decoder) {
        try {
            String padded = text.replace("=", "");
            return new String(decoder.decode(padded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SecretPattern exact(String id, String kind, String keyword, String regex) {
        return exact(id, kind, List.of(keyword), regex);
    }

    private static SecretPattern exact(String id, String kind, List<String> keywords, String regex) {
        return new SecretPattern(id, kind, keywords, false, Pattern.compile(regex), 0, s -> true, -1);
    }

    private static SecretPattern anchored(String id, String kind, List<String> keywords, int keywordOffset, String regex) {
        return new SecretPattern(id, kind, keywords, false, Pattern.compile(regex), 0, s -> true, keywordOffset);
    }

    private static SecretPattern entropic(String id, String kind, String keyword, boolean ignoreCase, String regex,
            double minEntropy) {
        return new SecretPattern(id, kind, List.of(keyword), ignoreCase, Pattern.compile(regex), minEntropy, s -> true, -1);
    }

    private static SecretPattern checked(String id, String kind, String keyword, boolean ignoreCase, String regex,
            double minEntropy, Predicate<String> check) {
        return checked(id, kind, List.of(keyword), ignoreCase, regex, minEntropy, check);
    }

    private static SecretPattern checked(String id, String kind, List<String> keywords, boolean ignoreCase, String regex,
            double minEntropy, Predicate<String> check) {
        return new SecretPattern(id, kind, keywords, ignoreCase, Pattern.compile(regex), minEntropy, check, -1);
    }
}
