package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flowguard.rules.Hit;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardcodedEnvironmentEndpointRuleTest {

    private final HardcodedEnvironmentEndpointRule rule = new HardcodedEnvironmentEndpointRule();

    @Test
    void reportsLiteralEnvironmentSpecificValuesButNotThoseFromEnvironmentVariables() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/hardcoded-endpoints.json"),
                EnvironmentFixtures.partner());

        assertEquals(List.of(
                "Action 'Get_items' of flow 'Test flow' hardcodes the SharePoint site URL "
                        + "https://contoso.sharepoint.com/sites/Finance in inputs/parameters/dataset; use an environment variable",
                "Action 'Update_expense_in_Dataverse' of flow 'Test flow' hardcodes the Dataverse organization URL "
                        + "https://contoso-prod.api.crm4.dynamics.com in inputs/uri; use an environment variable",
                "Action 'Update_expense_in_Dataverse' of flow 'Test flow' hardcodes the Dataverse organization URL "
                        + "https://contoso-prod.crm4.dynamics.com in inputs/authentication/audience; use an environment variable",
                "Action 'Start_approval_flow' of flow 'Test flow' hardcodes another flow's trigger URL "
                        + "https://prod-27.westeurope.logic.azure.com:443/workflows/0c5b1f7e2d3a4b8c9e6f1a2b3c4d5e6f in "
                        + "inputs/uri; use an environment variable",
                "Action 'Scale_app_service' of flow 'Test flow' hardcodes the Azure resource id "
                        + "/subscriptions/9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e/resourceGroups/rg-expenses-prod in inputs/uri; "
                        + "use an environment variable"),
                hits.stream().map(Hit::message).toList());
    }

    /** The environments of one tenant share its id: a literal tenant is no environment-specific value. */
    @Test
    void tenantIdsAreNotReportedButTheSharePointRootSiteIs() {
        String flow = """
                {"properties": {"definition": {
                  "triggers": {"manual": {"type": "Request", "kind": "Button", "inputs": {}}},
                  "actions": {
                    "Get_token": {"type": "Http", "inputs": {"method": "POST",
                      "uri": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
                      "authentication": {"type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com",
                        "audience": "https://graph.microsoft.com", "clientId": "@parameters('clientId')",
                        "secret": "@parameters('clientSecret')"}}},
                    "Get_news": {"type": "Http", "inputs": {"method": "GET",
                      "uri": "https://contoso.sharepoint.com/_api/web/lists/getbytitle('News')/items"}},
                    "Get_site": {"type": "Http", "inputs": {"method": "GET",
                      "uri": "https://contoso.sharepoint.com/sites/Finance/_api/web"}}
                  }}}}
                """;
        assertEquals(List.of(
                "Action 'Get_news' of flow 'Test flow' hardcodes the SharePoint root site URL https://contoso.sharepoint.com "
                        + "in inputs/uri; use an environment variable",
                "Action 'Get_site' of flow 'Test flow' hardcodes the SharePoint site URL "
                        + "https://contoso.sharepoint.com/sites/Finance in inputs/uri; use an environment variable"),
                RuleHarness.hits(rule, flow).stream().map(Hit::message).toList());
    }

    @Test
    void neverShowsATriggerUrlsSignature() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/hardcoded-endpoints.json"));

        hits.forEach(hit -> assertFalse(hit.message().contains("sig="), hit.message()));
        hits.forEach(hit -> assertFalse(hit.evidence().contains("Qx7pLmN2"), hit.evidence()));
    }

    @Test
    void pointsAtTheField() {
        Hit dataset = RuleHarness.hits(rule, Flows.resource("environment/hardcoded-endpoints.json")).get(0);

        assertEquals("/properties/definition/actions/Get_items/inputs/parameters/dataset", dataset.jsonPointer());
    }
}
