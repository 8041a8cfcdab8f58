package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretLiteralInVariableRuleTest {

    private final SecretLiteralInVariableRule rule = new SecretLiteralInVariableRule();

    @Test
    void literalsNamedLikeSecretsAreFound() {
        assertEquals(List.of(
                "Initialize_apiKey inputs/variables/0/value",
                "Initialize_settings inputs/variables/6/value/clientSecret",
                "Set_password inputs/value",
                "Client_secret inputs",
                "Create_service_account_row inputs/parameters/item~1cr_password",
                "Get_token inputs/body",
                "Get_partner_token inputs/body/password"),
                TestFlows.describe(rule, "fg105-named.json"));
    }

    @Test
    void theDefaultsOfEnvironmentVariablesAndSecureParametersAreShippedValuesForFg203() {
        assertEquals(List.of(
                "- parameters/Partner API token (cr_PartnerApiToken)/defaultValue",
                "- parameters/Signing material/defaultValue"),
                TestFlows.describe(new dev.flowguard.rules.environment.SecretValuePackagedRule(), "fg105-named.json"));
    }

    @Test
    void harmlessNamesExpressionsBooleansAndSchemasAreNotReported() {
        List<String> messages = TestFlows.hits(rule, "fg105-named.json").stream().map(h -> h.message()).toList();
        for (String clean : List.of("tokenUrl", "maxTokens", "secretName", "refreshToken", "isSecret",
                "containsplaintextpassword", "lastrunpassed", "PartitionKey", "Get_token_with_env_var", "Parse_response",
                "Vault client secret", "Initialize_session_token")) {
            assertTrue(messages.stream().noneMatch(m -> m.contains(clean)), clean);
        }
    }

    @Test
    void valuesInCredentialSlotsAreLeftToTheStructuralRules() {
        // the Basic password in authentication and the api-key header are FG101/FG102's
        assertEquals(List.of(), TestFlows.hits(rule, "fg101-authentication.json"));
        assertEquals(List.of(), TestFlows.hits(rule, "fg102-headers.json"));
    }
}
