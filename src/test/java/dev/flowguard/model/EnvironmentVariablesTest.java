package dev.flowguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.Flow;
import dev.flowguard.rules.environment.EnvironmentFixtures;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.Solution;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    private final Flow flow = RuleHarness.flow(Flows.resource("environment/credential-sources.json"));

    @Test
    void resolvesAFlowParameterToTheSolutionsDefinitionBySchemaName() {
        Solution solution = EnvironmentFixtures.expenses();
        EnvironmentVariables.Resolved secret = EnvironmentVariables.resolve(flow, solution,
                "Expense API Client Secret (contoso_ExpenseApiClientSecret)").orElseThrow();
        assertEquals("contoso_ExpenseApiClientSecret", secret.schemaName());
        assertTrue(secret.isSecretType());
        assertTrue(secret.isSecretLike());

        EnvironmentVariables.Resolved url = EnvironmentVariables.resolve(flow, solution, "Expense API Url (contoso_ExpenseApiUrl)")
                .orElseThrow();
        assertEquals(EnvironmentVariableType.STRING, url.type());
        assertTrue(EnvironmentVariables.isPlain(url.type()));
        assertFalse(url.isSecretLike());
        assertEquals("https://api.contoso-expenses.example/v2", url.definition().defaultValue());
        assertEquals("https://api.contoso-expenses.example/v2", url.parameter().defaultValue().asText());
    }

    @Test
    void aVariableTheSolutionDoesNotDefineHasAnUnknownTypeAndPlatformParametersAreNotVariables() {
        Solution solution = EnvironmentFixtures.expenses();
        EnvironmentVariables.Resolved legacy = EnvironmentVariables.resolve(flow, solution,
                "Legacy Partner Token (contoso_LegacyPartnerToken)").orElseThrow();
        assertNull(legacy.definition());
        assertEquals(EnvironmentVariableType.UNKNOWN, legacy.type());
        assertTrue(EnvironmentVariables.resolve(flow, solution, "$authentication").isEmpty());
        assertTrue(EnvironmentVariables.resolve(flow, solution, "partnerPassword").isEmpty());
    }

    @Test
    void aVariableIsSecretLikeByAnyOfItsNamesTheDisplayNameOfItsDefinitionAmongThem() {
        Solution solution = EnvironmentFixtures.solution(List.of(new EnvironmentVariable("hc_PartnerConfig",
                "Partner API Key", EnvironmentVariableType.STRING, null, "hc_PartnerConfig.xml")), List.of());
        assertTrue(EnvironmentVariables.isSecretLike(solution.environmentVariables().get(0)));
        assertFalse(EnvironmentVariables.isSecretLike(new EnvironmentVariable("hc_PartnerUrl", "Partner URL",
                EnvironmentVariableType.STRING, null, "x.xml")));
    }
}
