package dev.flowguard.rules.credential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
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
     * @param keywords at least one must be in the text (lower case when {@code keywordsIgnoreCase}) before the
     *     regular expression runs
     */
    record SecretPattern(String id, String kind, List<String> keywords, boolean keywordsIgnoreCase, Pattern regex,
            double minEntropy, Predicate<String> check) {

        boolean mayMatch(String text, String lowerText) {
            String haystack = keywordsIgnoreCase ? lowerText : text;
            for (String keyword : keywords) {
                if (haystack.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<SecretPattern> CATALOGUE = List.of(
            exact("pem-private-key", "a PEM private key", "PRIVATE KEY-----",
                    "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----([" + B64 + "=\\s\\\\]{40,})"),
            checked("jwt", "a JSON Web Token", "eyJ", false,
                    "(?<![" + B64URL + "])(eyJ[" + B64URL + "]{10,}\\.eyJ[" + B64URL + "]{10,}\\.[" + B64URL + "]{10,})",
                    0, SecretPatterns::isJwt),
            entropic("entra-client-secret", "an Entra ID client secret", "Q~", false,
                    "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])", 3.0),
            exact("github-token", "a GitHub token", "gh", "\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b"),
            exact("github-fine-grained-token", "a GitHub fine-grained token", "github_pat_",
                    "\\b(github_pat_[A-Za-z0-9_]{82})\\b"),
            exact("slack-token", "a Slack token", "xox", "\\b(xox[abposre]-[A-Za-z0-9-]{10,})"),
            exact("slack-webhook", "a Slack incoming-webhook URL", "hooks.slack.com",
                    "(https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,})"),
            exact("aws-access-key-id", "an AWS access key id", "IA", "\\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\\b"),
            entropic("aws-secret-access-key", "an AWS secret access key", "aws", true,
                    "(?i)aws.{0,20}secret.{0,20}[=:]\\s*['\"]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 4.0),
            exact("google-api-key", "a Google API key", "AIza", "\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])"),
            exact("stripe-key", "a Stripe secret key", "k_", "\\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,})\\b"),
            exact("sendgrid-api-key", "a SendGrid API key", "SG.", "\\b(SG\\.[" + B64URL + "]{22}\\.[" + B64URL + "]{43})"),
            entropic("twilio-api-key", "a Twilio API key", "SK", false, "\\b(SK[0-9a-fA-F]{32})\\b", 3.0),
            exact("azure-functions-key", "an Azure Functions key", "AzFu",
                    "(?<![" + B64URL + "])([" + B64URL + "]{44}AzFu[" + B64URL + "]{5}[AQgw]==)"),
            exact("azure-512-bit-key", "an Azure Storage / Cosmos DB / API Management / Batch key",
                    List.of("+ASt", "ACDb", "APIM", "+ABa", "+AMC"),
                    "(?<![" + B64 + "])([" + B64 + "]{76}(?:\\+ASt|ACDb|APIM|\\+ABa|\\+AMC)[" + B64 + "]{5}[AQgw]==)"),
            exact("azure-256-bit-key", "an Azure Service Bus / Event Hubs / Relay / IoT / Redis / Event Grid key",
                    List.of("+ASb", "+AEh", "+ARm", "AIoT", "AzCa", "AZEG"),
                    "(?<![" + B64 + "])([" + B64 + "]{33}(?:\\+ASb|\\+AEh|\\+ARm|AIoT|AzCa|AZEG)[A-P][" + B64 + "]{5}=)"),
            exact("azure-search-key", "an Azure AI Search or Container Registry key", List.of("AzSe", "+ACR"),
                    "(?<![" + B64 + "])([" + B64 + "]{42}(?:AzSe|\\+ACR)[A-D][" + B64 + "]{5})(?![" + B64 + "])"),
            exact("azure-common-annotated-key", "a Microsoft identifiable key (Azure AI services and others)", "JQQJ9",
                    "(?<![A-Za-z0-9+/_=-])([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}"
                            + "(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9])"),
            exact("npm-token", "an npm access token", "npm_", "\\b(npm_[A-Za-z0-9]{36})\\b"),
            exact("nuget-api-key", "a NuGet API key", "oy2",
                    "\\b(oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])\\b"),
            entropic("storage-account-key", "a storage account key (AccountKey=)", "accountkey", true,
                    "(?i)AccountKey\\s*=\\s*([" + B64 + "]{40,}={0,2})", 4.0),
            entropic("shared-access-key", "a shared access key (SharedAccessKey=)", "sharedaccesskey", true,
                    "(?i)SharedAccessKey\\s*=\\s*([" + B64 + "]{30,}={0,2})", 4.0),
            entropic("shared-access-signature", "a shared access signature (SharedAccessSignature=)",
                    "sharedaccesssignature", true, "(?i)SharedAccessSignature\\s*[=\\s]\\s*([^;\"'\\s]{30,})", 3.5),
            checked("sas-signature", "a SAS signature (sig=)", "sig=", true,
                    "(?i)(?<![A-Za-z0-9_])sig=((?:[" + B64 + "_-]|%2[bBfF]|%3[dD]){30,})", 3.5, s -> true),
            checked("connection-string-password", "a password in a connection string", "p", true,
                    "(?i)(?:^|;)\\s*(?:password|pwd)\\s*=\\s*([^;\"'\\r\\n]+)", 0, SecretPatterns::isUsablePassword),
            checked("basic-credentials", "Basic authentication credentials", "basic", true,
                    "(?i)\\bBasic\\s+([" + B64 + "]{6,}={0,2})(?![" + B64 + "=])", 0, SecretPatterns::isBasicCredential),
            entropic("bearer-token", "a bearer token", "bearer", true,
                    "(?i)\\bBearer\\s+([A-Za-z0-9._~+/-]{20,}=*)", 3.5));

    private SecretPatterns() {
    }

    /** Every known secret in {@code text}, placeholders excluded, overlapping matches counted once. */
    static List<SecretMatch> find(String text) {
        if (text == null || text.length() < 16) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<SecretMatch> found = new ArrayList<>(0);
        for (SecretPattern pattern : CATALOGUE) {
            if (!pattern.mayMatch(text, lower)) {
                continue;
            }
            if (pattern.id().equals("connection-string-password") && !looksLikeConnectionString(lower)) {
                continue;
            }
            Matcher matcher = pattern.regex().matcher(text);
            while (matcher.find()) {
                String secret = matcher.group(1).strip();
                String kind = pattern.id().equals("sas-signature") && SecretUrls.isFlowTriggerUrl(text)
                        ? "a flow trigger URL signature (sig=)" : pattern.kind();
                SecretMatch match = new SecretMatch(pattern.id(), kind, secret, matcher.start(1), matcher.end(1));
                if (accepted(pattern, secret) && found.stream().noneMatch(match::overlaps)) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    private static boolean accepted(SecretPattern pattern, String secret) {
        return !secret.isEmpty() && !LiteralGuards.isPlaceholder(secret) && !LiteralGuards.isExpression(secret)
                && Entropy.bitsPerChar(secret) >= pattern.minEntropy() && pattern.check().test(secret);
    }

    private static boolean looksLikeConnectionString(String lower) {
        return lower.contains(";") && (lower.contains("password") || lower.contains("pwd")) && lower.matches("(?s).*\\b(server|data source|host|user id|uid|user|username"
                + "|initial catalog|database|address|endpoint|hostname)\\s*=.*");
    }

    private static boolean isUsablePassword(String value) {
        return value.strip().length() >= 3 && !value.contains("{") && !value.contains("<");
    }

    /** {@code Basic} followed by base64 of {@code user:password} with a password that is not a placeholder. */
    private static boolean isBasicCredential(String base64) {
        String decoded = decode(base64, Base64.getDecoder());
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon < 0 || !decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return false;
        }
        String password = decoded.substring(colon + 1);
        return !password.isEmpty() && !LiteralGuards.isPlaceholder(password) && !LiteralGuards.isExpression(password);
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
        return new SecretPattern(id, kind, keywords, false, Pattern.compile(regex), 0, s -> true);
    }

    private static SecretPattern entropic(String id, String kind, String keyword, boolean ignoreCase, String regex,
            double minEntropy) {
        return new SecretPattern(id, kind, List.of(keyword), ignoreCase, Pattern.compile(regex), minEntropy, s -> true);
    }

    private static SecretPattern checked(String id, String kind, String keyword, boolean ignoreCase, String regex,
            double minEntropy, Predicate<String> check) {
        return new SecretPattern(id, kind, List.of(keyword), ignoreCase, Pattern.compile(regex), minEntropy, check);
    }
}
