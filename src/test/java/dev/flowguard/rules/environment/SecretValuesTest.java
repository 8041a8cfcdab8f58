package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Qm8~xT2vLp9Rk4Zw7Ny1Bc6Hd3Jf5Gs0Aq.Ue-Wi | SECRET",
        "4f9c2b7e8a1d4c6f9b3e7a2d5c8f1b4e | SECRET",
        "https://svc:Pa55w0rd@partner.example/api | SECRET",
        "https://partner.example/api?code=abcDEF123456 | SECRET",
        "<your-client-secret> | PLACEHOLDER",
        "{client secret} | PLACEHOLDER",
        "xxxxxxxxxxxx | PLACEHOLDER",
        "YOUR_API_KEY_HERE | PLACEHOLDER",
        "3f2a8c1e-5b7d-4e9a-a1c2-7d8e9f0a1b2c | NOT_A_SECRET",
        "https://api.contoso-expenses.example/v2 | NOT_A_SECRET",
        "/subscriptions/9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/s | NOT_A_SECRET",
        "true | NOT_A_SECRET",
        "12345 | NOT_A_SECRET",
        "admin@contoso.onmicrosoft.com | NOT_A_SECRET",
        "Please answer this message in time | NOT_A_SECRET",
        "' ' | EMPTY"})
    void looks(String value, SecretValues.Look expected) {
        assertEquals(expected, SecretValues.look(value));
    }
}
