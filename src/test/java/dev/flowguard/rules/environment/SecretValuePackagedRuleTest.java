package dev.flowguard.rules.environment;

import static dev.flowguard.rules.environment.EnvironmentFixtures.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.SettingValue;
import dev.flowguard.solution.Solution;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretValuePackagedRuleTest {

    private static final String CLIENT_SECRET = "Qm8~xT2vLp9Rk4Zw7Ny1Bc6Hd3Jf5Gs0Aq.Ue-Wi";
    private static final String KEY_VAULT_REFERENCE = "/subscriptions/9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e/resourceGroups/"
            + "rg-secrets/providers/Microsoft.KeyVault/vaults/kv-expenses/secrets/expense-client-secret";

    private final SecretValuePackagedRule rule = new SecretValuePackagedRule();

    private List<Hit> solutionHits(Solution solution) {
        List<Hit> hits = new ArrayList<>();
        rule.checkSolution(SolutionContext.of(solution), hits::add);
        return hits;
    }

    @Test
    void reportsSecretValuesShippedAsDefaultOrCurrentValueWithoutShowingThem() {
        List<Hit> hits = solutionHits(EnvironmentFixtures.solution(List.of(
                variable("contoso_ExpenseApiClientSecret", "Expense API Client Secret", EnvironmentVariableType.STRING,
                        CLIENT_SECRET, null),
                variable("kch_demokey", "demo-key", EnvironmentVariableType.STRING, null, "4f9c2b7e8a1d4c6f9b3e7a2d5c8f1b4e"),
                variable("contoso_ExpenseApiUrl", "Expense API Url", EnvironmentVariableType.STRING,
                        "https://api.contoso-expenses.example/v2", null)), List.of()));

        assertEquals(List.of(
                "The default value of environment variable 'Expense API Client Secret' (contoso_ExpenseApiClientSecret) "
                        + "ships with the solution and looks like a secret: <redacted 40 chars>",
                "The current value of environment variable 'demo-key' (kch_demokey) ships with the solution and looks "
                        + "like a secret: <redacted 32 chars>"), hits.stream().map(Hit::message).toList());
        Hit current = hits.stream().filter(hit -> hit.message().contains("kch_demokey")).findFirst().orElseThrow();
        assertEquals("environmentvariabledefinitions/kch_demokey/environmentvariablevalues.json", current.file());
        Hit fromDefault = hits.stream().filter(hit -> hit.message().contains("ExpenseApiClientSecret")).findFirst()
                .orElseThrow();
        assertNull(fromDefault.maxSeverity());
        assertEquals(CLIENT_SECRET, fromDefault.evidence());
    }

    @Test
    void placeholdersEmptyValuesAndKeyVaultReferencesShipNoSecretButAGuidKeyDoes() {
        List<Hit> hits = solutionHits(EnvironmentFixtures.solution(List.of(
                variable("contoso_ClientSecret", "Client Secret", EnvironmentVariableType.STRING, "<your-client-secret>", null),
                variable("contoso_ApiKey", "Api Key", EnvironmentVariableType.STRING, "", null),
                variable("contoso_PartnerToken", "Partner Token", EnvironmentVariableType.STRING,
                        "3f2a8c1e-5b7d-4e9a-a1c2-7d8e9f0a1b2c", null),
                variable("contoso_SecretStore", "Secret", EnvironmentVariableType.SECRET, null, KEY_VAULT_REFERENCE)),
                List.of()));

        // a placeholder is no finding by itself: FG202 names the fix for a secret-named String variable
        assertEquals(List.of("The default value of environment variable 'Partner Token' (contoso_PartnerToken) ships with "
                + "the solution and looks like a secret: <redacted 36 chars>"), hits.stream().map(Hit::message).toList());
    }

    @Test
    void reportsClearValuesInDeploymentSettingsButNotKeyVaultReferences() {
        DeploymentSettings settings = new DeploymentSettings("deploymentsettings.prod.json", List.of(
                new SettingValue("contoso_ExpenseApiKey", "9fK2mQ7xLp4Rt8vW1zY6bN3cH5dJ", "/EnvironmentVariables/0/Value"),
                new SettingValue("contoso_ExpenseApiClientSecret", KEY_VAULT_REFERENCE, "/EnvironmentVariables/1/Value"),
                new SettingValue("contoso_ExpenseApiUrl", "https://api.contoso-expenses.example/v2",
                        "/EnvironmentVariables/2/Value")), "{}");
        List<Hit> hits = solutionHits(EnvironmentFixtures.solution(List.of(
                variable("contoso_ExpenseApiClientSecret", "Expense API Client Secret", EnvironmentVariableType.SECRET,
                        null, null)), List.of(settings)));

        assertEquals(List.of("The value deployment settings give environment variable 'contoso_ExpenseApiKey' ships with "
                + "the solution and looks like a secret: <redacted 28 chars>"), hits.stream().map(Hit::message).toList());
        assertEquals("deploymentsettings.prod.json", hits.get(0).file());
        assertEquals("/EnvironmentVariables/0/Value", hits.get(0).jsonPointer());
    }

    @Test
    void reportsDefaultValuesAFlowCarriesForSecretVariables() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/plain-variable-uses.json"),
                EnvironmentFixtures.partner());

        // Client Secret's default is a placeholder: no finding by itself
        assertEquals(List.of(
                "The default value flow 'Test flow' carries for environment variable 'Partner Header Value "
                        + "(contoso_PartnerHeaderValue)' ships with the solution and looks like a secret: <redacted 28 chars>",
                "The default value flow 'Test flow' carries for secure parameter 'smtpPassword' ships with the solution "
                        + "and looks like a secret: <redacted 18 chars>"), hits.stream().map(Hit::message).toList());
        assertEquals("/properties/definition/parameters/Partner Header Value (contoso_PartnerHeaderValue)/defaultValue",
                hits.get(0).jsonPointer());
        hits.forEach(hit -> assertFalse(hit.message().contains("9fK2mQ7x")));
    }

    @Test
    void showsTheValueOnlyWhenTheUserAskedForIt() {
        List<Hit> hits = new ArrayList<>();
        rule.checkSolution(SolutionContext.of(EnvironmentFixtures.solution(List.of(variable("contoso_ApiKey", "Api Key",
                EnvironmentVariableType.STRING, CLIENT_SECRET, null)), List.of())), hits::add);

        assertEquals(1, hits.size());
        assertEquals(true, hits.get(0).message(new Redactor(true)).endsWith("'" + CLIENT_SECRET + "'"));
        assertEquals(false, hits.get(0).message().contains(CLIENT_SECRET));
    }
}
