package dev.flowguard.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots of a request that carry a credential whatever their value looks like: headers, URL query
 * parameters and the fields of an {@code authentication} object. Every rule that asks "is this a credential
 * slot?" asks here; a name that {@link SecretNames} calls secret is a credential slot too.
 */
public final class CredentialNames {

    /** Headers that carry credentials, lower case. */
    private static final Set<String> HEADERS = Set.of("authorization", "proxy-authorization", "api-key", "apikey",
            "x-api-key", "x-apikey", "ocp-apim-subscription-key", "x-functions-key", "x-auth-token", "x-access-token",
            "x-api-token", "x-token", "private-token", "x-vault-token", "x-goog-api-key", "x-amz-security-token",
            "x-ms-client-secret", "subscription-key", "x-subscription-key", "x-figma-token", "x-shopify-access-token");

    /** Query parameters whose value is a credential, lower case: SAS and trigger signatures, function keys, tokens. */
    private static final Set<String> QUERY_PARAMETERS = Set.of("sig", "signature", "code", "key", "apikey", "api_key",
            "api-key", "access_token", "accesstoken", "token", "auth_token", "password", "pwd", "passwd",
            "client_secret", "clientsecret", "secret", "subscription-key", "subscription_key", "x-amz-signature",
            "x-goog-signature");

    /** The fields of {@code inputs.authentication} that hold the credential (Basic, client secret, certificate, Raw). */
    private static final Set<String> AUTHENTICATION_SECRETS = Set.of("password", "secret", "pfx", "value", "parameter");

    /** The schemes an Authorization-style header names before its credential ({@code Bearer eyJ…}). */
    private static final String SCHEMES = "Bearer|Basic|Token|SharedAccessSignature|SharedKey|SharedKeyLite|Digest|ApiKey"
            + "|Key|OAuth|Negotiate|SSWS|GenieKey";
    private static final Pattern SCHEME_ONLY = Pattern.compile("(?i)^(?:" + SCHEMES + ")$");
    private static final Pattern SCHEME_AND_CREDENTIAL = Pattern.compile("(?i)^(" + SCHEMES + ")\\s+(.*)$", Pattern.DOTALL);

    /** A header value split into its scheme (empty when it names none) and its credential. */
    public record SchemeAndCredential(String scheme, String credential) {
    }

    private CredentialNames() {
    }

    /** A bare scheme word ({@code Bearer}): the credential is appended elsewhere, or missing. */
    public static boolean isSchemeOnly(String value) {
        return SCHEME_ONLY.matcher(value.strip()).matches();
    }

    /** {@code Bearer eyJ…} as scheme {@code Bearer} and credential {@code eyJ…}; a value without a scheme as itself. */
    public static SchemeAndCredential splitScheme(String value) {
        Matcher matcher = SCHEME_AND_CREDENTIAL.matcher(value.strip());
        return matcher.matches() ? new SchemeAndCredential(matcher.group(1), matcher.group(2).strip())
                : new SchemeAndCredential("", value.strip());
    }

    public static boolean isCredentialHeader(String name) {
        return name != null && (HEADERS.contains(name.strip().toLowerCase(Locale.ROOT)) || SecretNames.isSecret(name));
    }

    /** The names a query parameter is known by; {@link #isCredentialQueryParameter} adds secret-named ones. */
    public static boolean isKnownCredentialQueryParameter(String name) {
        return name != null && QUERY_PARAMETERS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isCredentialQueryParameter(String name) {
        return isKnownCredentialQueryParameter(name) || SecretNames.isSecret(name);
    }

    public static boolean isAuthenticationSecret(String field) {
        return field != null && AUTHENTICATION_SECRETS.contains(field.toLowerCase(Locale.ROOT));
    }

    /** Run history never shows it, whatever the settings: "By default, Authorization headers aren't visible". */
    public static boolean isAlwaysHiddenHeader(String name) {
        return name != null && name.equalsIgnoreCase("authorization");
    }
}
