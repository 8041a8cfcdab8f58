package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardcodedCredentialInAuthenticationRuleTest {

    private final HardcodedCredentialInAuthenticationRule rule = new HardcodedCredentialInAuthenticationRule();

    @Test
    void literalPasswordsSecretsCertificatesAndRawValuesAreFoundAtAnyDepth() {
        assertEquals(List.of(
                "Call_ERP_with_Basic inputs/authentication/password",
                "Call_partner_with_certificate inputs/authentication/pfx",
                "Call_partner_with_certificate inputs/authentication/password",
                "Get_Graph_users inputs/authentication/secret",
                "Get_Graph_groups_template inputs/authentication/secret LOW",
                "Call_status_API_with_raw_token inputs/authentication/value",
                "Subscribe_to_ERP_events inputs/subscribe/authentication/password"),
                TestFlows.describe(rule, "fg101-authentication.json"));
    }

    @Test
    void environmentVariablesManagedIdentityAndTheConnectorRawExpressionAreNotReported() {
        List<String> actions = TestFlows.hits(rule, "fg101-authentication.json").stream()
                .map(h -> h.node().name()).toList();
        for (String clean : List.of("Call_ERP_with_env_var", "Call_with_managed_identity", "Get_Graph_sites_misconfigured", "Get_items",
                "Get_items_Logic_Apps_style")) {
            assertTrue(!actions.contains(clean), clean + " uses no literal credential");
        }
    }

    @Test
    void theMessageNamesTheSlotAndHidesTheValue() {
        Hit basic = TestFlows.hits(rule, "fg101-authentication.json").stream()
                .filter(hit -> hit.node().name().equals("Call_ERP_with_Basic")).findFirst().orElseThrow();
        assertEquals("Action 'Call_ERP_with_Basic' of flow 'fg101-authentication' holds a literal as the Basic password "
                + "in inputs.authentication: <redacted 16 chars>", basic.message());
        assertEquals(null, basic.maxSeverity());
    }
}
