package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.knowledge.CredentialNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardcodedSecretInHeaderRuleTest {

    private final HardcodedSecretInHeaderRule rule = new HardcodedSecretInHeaderRule();

    @Test
    void literalCredentialHeadersAreFoundWhateverTheirCase() {
        assertEquals(List.of(
                "Call_Graph_with_token inputs/headers/Authorization",
                "Call_cognitive_services inputs/headers/Ocp-Apim-Subscription-Key",
                "Call_partner_api inputs/headers/X-API-KEY",
                "Call_function inputs/headers/x-functions-key",
                "Call_JIRA_basic inputs/headers/Authorization",
                "Call_JIRA_masked inputs/headers/Authorization LOW",
                "Call_with_template_key inputs/headers/api-key LOW",
                "Invoke_Graph_with_Entra_connector inputs/parameters/request~1headers/Ocp-Apim-Subscription-Key"),
                TestFlows.describe(rule, "fg102-headers.json"));
    }

    @Test
    void headersBuiltFromExpressionsAndOrdinaryHeadersAreNotReported() {
        List<String> actions = TestFlows.hits(rule, "fg102-headers.json").stream().map(h -> h.node().name()).toList();
        assertTrue(!actions.contains("Call_with_expressions"));
        assertTrue(!actions.contains("Respond"));
        assertTrue(!actions.contains("Send_an_HTTP_request_to_SharePoint"));
        assertTrue(!actions.contains("manual"));
    }

    @Test
    void theSchemeIsNamedAndOnlyTheCredentialIsCounted() {
        String message = TestFlows.hits(rule, "fg102-headers.json").stream()
                .filter(hit -> hit.node().name().equals("Call_JIRA_basic")).findFirst().orElseThrow().message();
        assertEquals("Action 'Call_JIRA_basic' of flow 'fg102-headers' holds a literal as the Basic credential of header "
                + "'Authorization': <redacted 40 chars>", message);
    }

    @Test
    void secretHeaderNames() {
        for (String name : List.of("Authorization", "proxy-authorization", "api-key", "X-Api-Key",
                "Ocp-Apim-Subscription-Key", "x-functions-key", "X-Client-Secret", "x-partner-token")) {
            assertTrue(CredentialNames.isCredentialHeader(name), name);
        }
        for (String name : List.of("Content-Type", "x-ms-version", "If-Match", "x-ms-lease-id", "Prefer", "Accept")) {
            assertTrue(!CredentialNames.isCredentialHeader(name), name);
        }
    }
}
