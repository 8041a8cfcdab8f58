package dev.flowguard.knowledge;

import java.util.Locale;
import java.util.Set;

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

    private CredentialNames() {
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
