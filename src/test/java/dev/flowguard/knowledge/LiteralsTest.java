package dev.flowguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one classifier every rule asks, as a table: what a value is where a name says secret (an environment variable's
 * default, a variable, a body field) and where a credential slot holds it (a header, an authentication field).
 */
class LiteralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Qm8~xT2vLp9Rk4Zw7Ny1Bc6Hd3Jf5Gs0Aq.Ue-Wi | CREDENTIAL | CREDENTIAL",
        // a 32-hex key is a credential in an x-api-key header, as a "Partner API Key" and as a variable partnerApiKey
        "4f9c2b7e8a1d4c6f9b3e7a2d5c8f1b4e | CREDENTIAL | CREDENTIAL",
        "3f2a8c1e-5b7d-4e9a-a1c2-7d8e9f0a1b2c | CREDENTIAL | CREDENTIAL",
        "https://svc:Pa55w0rd@partner.contoso.com/api | CREDENTIAL | CREDENTIAL",
        "https://partner.contoso.com/api?code=abcDEF123456 | CREDENTIAL | CREDENTIAL",
        "<your-client-secret> | PLACEHOLDER | PLACEHOLDER",
        "{client secret} | PLACEHOLDER | PLACEHOLDER",
        "xxxxxxxxxxxx | PLACEHOLDER | PLACEHOLDER",
        "YOUR_API_KEY_HERE | PLACEHOLDER | PLACEHOLDER",
        "key-goes-here | PLACEHOLDER | PLACEHOLDER",
        "TODO | PLACEHOLDER | PLACEHOLDER",
        "https://api.contoso-expenses.example/v2 | NONE | NONE",
        "/subscriptions/9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/s | NONE | NONE",
        "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/s/) | NONE | NONE",
        "https://contoso-kv.vault.azure.net/secrets/partner-key | NONE | NONE",
        "true | NONE | NONE",
        "12345 | NONE | CREDENTIAL",
        "1234 | NONE | NONE",
        "admin@contoso.onmicrosoft.com | NONE | NONE",
        "Please answer this message in time | NONE | CREDENTIAL",
        "Bearer | NONE | NONE",
        "abc | NONE | NONE",
        "@{parameters('Partner API Key (hc_PartnerKey)')} | NONE | NONE",
        "@concat('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc') | CREDENTIAL | CREDENTIAL",
        "[parameters('partnerKey')] | NONE | NONE",
        "' ' | NONE | NONE"})
    void judges(String value, Literals.Judgement asSecretName, Literals.Judgement inCredentialSlot) {
        assertEquals(asSecretName, Literals.judge(value, Literals.Context.SECRET_NAME), "named like a secret: " + value);
        assertEquals(inCredentialSlot, Literals.judge(value, Literals.Context.CREDENTIAL_SLOT), "in a credential slot: " + value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"clientsecret | clientSecret", "Partner-ApiKey | partner api key",
        "PASSWORD | Password"})
    void aValueThatRepeatsItsNameIsAStandIn(String value, String name) {
        assertEquals(Literals.Judgement.PLACEHOLDER, Literals.judge(value, Literals.Context.SECRET_NAME, List.of(name)));
    }
}
