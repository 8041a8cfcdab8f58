package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.Hit;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CredentialNotFromEnvironmentVariableRuleTest {

    private final CredentialNotFromEnvironmentVariableRule rule = new CredentialNotFromEnvironmentVariableRule();

    @Test
    void reportsEveryCredentialThatComesFromOutsideASecretStoreAndNamesItsSource() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/credential-sources.json"),
                EnvironmentFixtures.expenses());

        Map<String, String> byAction = new TreeMap<>();
        hits.forEach(hit -> byAction.merge(hit.node().name(), hit.message(), (a, b) -> a + " | " + b));
        assertEquals(Map.of(
                "Call_with_caller_token", "The header 'Authorization' of Http action 'Call_with_caller_token' in flow "
                        + "'Test flow' comes from the trigger's input ('manual'), by way of variable 'callerToken', "
                        + "not from a Secret environment variable, a secure parameter or Key Vault",
                "Call_with_trigger_body", "The header 'x-functions-key' of Http action 'Call_with_trigger_body' in flow "
                        + "'Test flow' comes from the trigger's input ('manual'), not from a Secret environment "
                        + "variable, a secure parameter or Key Vault",
                "Call_with_response", "The query value 'code' of Http action 'Call_with_response' in flow 'Test flow' "
                        + "comes from the response of HTTP action 'Get_configuration', not from a Secret environment "
                        + "variable, a secure parameter or Key Vault",
                "Call_with_signature_in_uri", "The query value 'sig' of Http action 'Call_with_signature_in_uri' in flow "
                        + "'Test flow' comes from the trigger's input ('manual'), not from a Secret environment "
                        + "variable, a secure parameter or Key Vault",
                "Call_with_plain_parameter", "The header 'api-key' of Http action 'Call_with_plain_parameter' in flow "
                        + "'Test flow' comes from parameter 'partnerUserName' of type String (not securestring), not from "
                        + "a Secret environment variable, a secure parameter or Key Vault",
                "Create_partner_account", "The connector parameter 'item/contoso_password' of OpenApiConnection action "
                        + "'Create_partner_account' in flow 'Test flow' comes from the trigger's input ('manual'), not "
                        + "from a Secret environment variable, a secure parameter or Key Vault",
                "Call_with_concatenated_values", "The header 'Authorization' of Http action 'Call_with_concatenated_values' "
                        + "in flow 'Test flow' comes from the trigger's input ('manual'), not from a Secret environment "
                        + "variable, a secure parameter or Key Vault"), byAction);
    }

    @Test
    void pointsAtTheCredentialField() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/credential-sources.json"),
                EnvironmentFixtures.expenses());

        Hit header = hits.stream().filter(h -> h.node().name().equals("Call_with_trigger_body")).findFirst().orElseThrow();
        assertEquals("/properties/definition/actions/Call_with_trigger_body/inputs/headers/x-functions-key",
                header.jsonPointer());
        Hit connector = hits.stream().filter(h -> h.node().name().equals("Create_partner_account")).findFirst().orElseThrow();
        assertEquals("/properties/definition/actions/Create_partner_account/inputs/parameters/item~1contoso_password",
                connector.jsonPointer());
    }

    @Test
    void aSecretEnvironmentVariableOfTheSameNameButPlainTypeIsLeftToFg202() {
        // with the definition missing nothing is known of its type: neither FG201 nor a guess
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/credential-sources.json"),
                EnvironmentFixtures.expenses());

        assertTrue(hits.stream().noneMatch(h -> h.node().name().equals("Call_with_plain_environment_variable")
                || h.node().name().equals("Call_with_undefined_environment_variable")
                || h.node().name().equals("Call_with_either_secret")));
    }

    @Test
    void aLoopItemOverStoredRowsIsDataAndKeyVaultInLogicAppsIsASecretStore() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/logic-app-key-vault.json"));

        // Call_partner_hub takes its key from Key Vault (ApiConnection /secrets/) and its password from a SecureString;
        // Notify_partner takes each partner's key from the SQL rows its loop goes over: per-record data, no
        // configuration (run history shows it: FG301 on the read, FG303 on the loop, FG302 on the call)
        assertEquals(List.of(), hits.stream().map(Hit::message).toList());
    }

    @Test
    void aFlowWithoutCredentialFieldsHasNothingToReport() {
        assertEquals(List.of(), RuleHarness.hits(rule, Flows.resource("environment/hardcoded-endpoints.json")
                .replace("\"secret\": \"@parameters('Expense Site (contoso_ExpenseSite)')\"", "\"secret\": \"\"")));
    }

    /** Regression: the runtime resolves body('get_secret') to the action Get_secret, whatever the case. */
    @Test
    void actionNamesInExpressionsAreResolvedWhateverTheirCase() {
        String flow = """
                {"properties": {"definition": {
                  "triggers": {"manual": {"type": "Request", "kind": "Button", "inputs": {}}},
                  "actions": {
                    "Get_secret": {"type": "OpenApiConnection", "inputs": {
                      "host": {"apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "operationId": "GetSecret",
                               "connectionName": "shared_keyvault"},
                      "parameters": {"secretName": "partner-api-key"}},
                      "runtimeConfiguration": {"secureData": {"properties": ["outputs"]}}},
                    "Call_partner": {"type": "Http", "runAfter": {"Get_secret": ["Succeeded"]}, "inputs": {
                      "method": "GET", "uri": "https://partner.contoso.com/orders",
                      "headers": {"x-api-key": "@body('get_secret')?['value']"}},
                      "runtimeConfiguration": {"secureData": {"properties": ["inputs"]}}}
                  }}}}
                """;
        assertEquals(List.of(), RuleHarness.hits(rule, flow));
    }
}
