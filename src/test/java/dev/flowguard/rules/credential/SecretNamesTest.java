package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretNamesTest {

    @Test
    void namesThatSaySecret() {
        for (String name : List.of("password", "adminPassword", "client_secret", "clientSecret", "ClientSecret",
                "apiKey", "api_key", "x-api-key", "APIKEY", "subscriptionKey", "Ocp-Apim-Subscription-Key", "accessToken",
                "access_token", "sasToken", "refresh_token", "pwd", "body/password", "item/cr_password",
                "Partner API token (cr_PartnerApiToken)", "Vault client secret (cr_VaultClientSecret)", "credentials",
                "passphrase", "storageAccountKey", "functionKey")) {
            assertTrue(SecretNames.saysSecret(name), name);
        }
    }

    @Test
    void namesThatDoNot() {
        for (String name : List.of("secretName", "SecretUri", "tokenUrl", "maxTokens", "max_tokens", "LockToken",
                "continuationToken", "nextPageToken", "PartitionKey", "RowKey", "projectKey", "PropertyDataTypeKey",
                "admin_lastrunpassed", "bypass", "credentialType", "tokenLength", "key", "Signature", "passed")) {
            assertFalse(SecretNames.saysSecret(name), name);
        }
    }

    @Test
    void wordsDropTheEnvironmentVariableSchemaSuffix() {
        assertEquals(List.of("partner", "api", "token"), SecretNames.words("Partner API token (cr_PartnerApiToken)"));
        assertEquals(List.of("client", "secret"), SecretNames.words("clientSecret"));
    }
}
