package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin_AuditLogsClientSecret", "Audit Logs - Client Secret", "kch_SharePointAssistantKey",
            "demo-key", "kch_endpointsecret", "client_secret", "password", "x-api-key", "Ocp-Apim-Subscription-Key",
            "apiKey", "access_token", "StorageAccountKey", "SqlConnectionString", "Partner API Token", "item/contoso_password",
            "ServiceOne-Authentication-APIKey", "refreshToken", "SigningKeys"})
    void secretNames(String name) {
        assertTrue(SecretNames.isSecretLike(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KeyVaultName", "TokenAudience", "ApiKeyHeaderName", "ClientSecretExpiry", "Audit Logs - ClientID",
            "TenantID", "admin_AuditLogsAuthority", "Token endpoint URL", "continuationToken", "lockToken", "PartitionKey",
            "RowKey", "primaryKey", "publicKey", "admin_PowerAppEnvironmentVariable", "siteAddress", "Secret name",
            "x-page-token", "cat_AgentID", "pnp_ChannelID", "idempotencyKey", "secretUri", ""})
    void notSecretNames(String name) {
        assertFalse(SecretNames.isSecretLike(name), name);
    }
}
