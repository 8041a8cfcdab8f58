package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretNamesTest {

    @Test
    void namesThatHoldSecrets() {
        for (String name : new String[] {"admin_AuditLogsClientSecret", "kch_SharePointAssistantKey", "contoso_ErpApiKey",
                "contoso_PartnerPassword", "contoso_WebhookToken", "storage_key", "SQL Connection String", "pwd"}) {
            assertTrue(SecretNames.looksSecret(name), name);
        }
    }

    @Test
    void namesAboutSecretsOrKeysThatAreIdentifiers() {
        for (String name : new String[] {"admin_AuditLogsClientID", "admin_TenantID", "contoso_TokenEndpointUrl",
                "admin_AuditLogsAudience", "contoso_KeyVaultName", "contoso_KeyVault", "contoso_PartitionKey",
                "SecretExpiryDays", "contoso_Keywords", "contoso_Monkey", "kch_siteOwner", "contoso_SecretName"}) {
            assertFalse(SecretNames.looksSecret(name), name);
        }
    }
}
