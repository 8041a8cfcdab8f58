package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.Flow;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.SettingValue;
import dev.flowguard.solution.Solution;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    private final Flow flow = RuleHarness.flow(Flows.resource("environment/credential-sources.json"));

    @Test
    void resolvesAFlowParameterToTheSolutionsDefinitionBySchemaName() {
        EnvironmentVariables variables = new EnvironmentVariables(flow, EnvironmentFixtures.expenses());

        EnvironmentVariables.Resolved secret = variables.resolve("Expense API Client Secret (contoso_ExpenseApiClientSecret)")
                .orElseThrow();
        assertEquals("contoso_ExpenseApiClientSecret", secret.schemaName());
        assertTrue(secret.isSecretType());
        assertTrue(secret.hasSecretLikeName());

        EnvironmentVariables.Resolved url = variables.resolve("Expense API Url (contoso_ExpenseApiUrl)").orElseThrow();
        assertEquals(EnvironmentVariableType.STRING, url.type());
        assertTrue(url.isPlainType());
        assertFalse(url.hasSecretLikeName());
        assertEquals("https://api.contoso-expenses.example/v2", url.definition().defaultValue());
        assertEquals("https://api.contoso-expenses.example/v2", url.parameter().defaultValue().asText());
    }

    @Test
    void aVariableTheSolutionDoesNotDefineHasAnUnknownTypeAndPlatformParametersAreNotVariables() {
        EnvironmentVariables variables = new EnvironmentVariables(flow, EnvironmentFixtures.expenses());

        EnvironmentVariables.Resolved legacy = variables.resolve("Legacy Partner Token (contoso_LegacyPartnerToken)")
                .orElseThrow();
        assertNull(legacy.definition());
        assertEquals(EnvironmentVariableType.UNKNOWN, legacy.type());
        assertTrue(variables.resolve("$authentication").isEmpty());
        assertTrue(variables.resolve("partnerPassword").isEmpty());
        assertEquals(4, variables.all().size());
    }

    @Test
    void findsTheValuesDeploymentSettingsGiveAVariableIgnoringCase() {
        SettingValue value = new SettingValue("CONTOSO_ExpenseApiUrl", "https://api.contoso.com/v2", "/EnvironmentVariables/0/Value");
        Solution solution = EnvironmentFixtures.solution(EnvironmentFixtures.expenses().environmentVariables(),
                List.of(new DeploymentSettings("deploymentsettings.json", List.of(value), "{}")));

        assertEquals(List.of(value), new EnvironmentVariables(flow, solution).settingValues("contoso_ExpenseApiUrl"));
    }
}
