package dev.flowguard.knowledge;

import java.util.regex.Pattern;

/**
 * What a reference to a Key Vault secret looks like, in every form flows and settings hold one: the secret's URL
 * ({@code https://contoso.vault.azure.net/secrets/api-key}), its resource id ({@code /subscriptions/…/vaults/…/secrets/…},
 * as a Secret environment variable stores it) and an app setting's {@code @Microsoft.KeyVault(…)}. A reference names
 * where a secret lives, which is what configuration should hold; it is never the secret.
 */
public final class KeyVaultReferences {

    /** The clouds' vault hosts: public, China, US Government (both spellings) and the retired German cloud. */
    private static final String HOST = "[a-z0-9-]+\\.vault\\.(?:azure\\.(?:net|cn|us)|usgovcloudapi\\.net|microsoftazure\\.de)";
    private static final Pattern SECRET_URL = Pattern.compile("(?i)https://" + HOST + "(?::443)?/secrets/");
    private static final Pattern RESOURCE_ID = Pattern.compile(
            "(?i)/subscriptions/[^/\\s]+/resourcegroups/[^/\\s]+/providers/microsoft\\.keyvault/vaults/[^/\\s]+/secrets/");
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("(?i)^(?:https://" + HOST + "(?::443)?/secrets/\\S*"
            + "|/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\\.keyvault/vaults/[^/]+/secrets/\\S*"
            + "|@Microsoft\\.KeyVault\\(.*\\))$", Pattern.DOTALL);

    private KeyVaultReferences() {
    }

    /** Whether the whole value is a reference to a Key Vault secret. */
    public static boolean isReference(String value) {
        return value != null && WHOLE_REFERENCE.matcher(value.strip()).matches();
    }

    /** Whether a URL (an HTTP action's {@code uri}) reads a Key Vault secret. */
    public static boolean isSecretUrl(String url) {
        return SECRET_URL.matcher(url).find();
    }

    /** Whether {@code text} names a Key Vault secret somewhere, by URL or resource id. */
    public static boolean mentionsSecret(String text) {
        return SECRET_URL.matcher(text).find() || RESOURCE_ID.matcher(text).find();
    }
}
