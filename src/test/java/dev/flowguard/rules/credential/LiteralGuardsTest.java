package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.knowledge.LiteralKind;
import dev.flowguard.knowledge.Literals;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralGuardsTest {

    @Test
    void expressionsAreNotLiterals() {
        for (String value : List.of("@parameters('$authentication')",
                "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']",
                "Bearer @{body('Get_token')?['access_token']}", "[parameters('apiKey')]", "@{variables('secret')}")) {
            assertEquals(LiteralKind.EXPRESSION, Literals.classify(value), value);
        }
        assertEquals(LiteralKind.LITERAL, Literals.classify("@@notAnExpression9"));
    }

    @Test
    void placeholders() {
        for (String value : List.of("{client secret}", "<your-key>", "xxx", "XXXXXXXX", "REPLACE_ME", "********",
                "[YOUR_D365_INSTANCE_HERE]", "yourApiKey", "changeme", "%API_KEY%", "${API_KEY}", "#{ApiKey}#",
                "__ApiKey__", "password", "any-outlook-connection-key", "<enter-key-here>")) {
            assertEquals(LiteralKind.PLACEHOLDER, Literals.classify(value), value);
        }
    }

    @Test
    void identifiersAreCredentialsWhereverACredentialBelongs() {
        for (String value : List.of("3f0e5a1c-6d2b-4c8e-9a7f-1b2c3d4e5f60", "{3F0E5A1C-6D2B-4C8E-9A7F-1B2C3D4E5F60}",
                "e3b0c44298fc1c149afbf4c8996fb924")) {
            assertEquals(LiteralKind.IDENTIFIER, Literals.classify(value), value);
            assertEquals(Literals.Judgement.CREDENTIAL, Literals.judge(value, Literals.Context.CREDENTIAL_SLOT), value);
            assertEquals(Literals.Judgement.CREDENTIAL, Literals.judge(value, Literals.Context.SECRET_NAME), value);
        }
    }

    @Test
    void referencesAndTrivialValuesAreNeverCredentials() {
        for (String value : List.of("True", "false", "512",
                "https://contoso-kv.vault.azure.net/secrets/GraphClientSecret",
                "/subscriptions/6d1f/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/s",
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")) {
            assertEquals(LiteralKind.NOT_A_SECRET, Literals.classify(value), value);
            assertEquals(Literals.Judgement.NONE, Literals.judge(value, Literals.Context.CREDENTIAL_SLOT), value);
        }
    }

    @Test
    void realLookingValuesAreLiterals() {
        for (String value : List.of("Tr0ub4dor&3x", "cLq8Q~MsvKYEIlu7euAf_tdg5J8ee8E-vXGtJ0-r", "svc-integration-2026")) {
            assertEquals(LiteralKind.LITERAL, Literals.classify(value), value);
        }
        assertEquals(LiteralKind.EMPTY, Literals.classify("  "));
    }
}
