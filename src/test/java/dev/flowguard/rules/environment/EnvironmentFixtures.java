package dev.flowguard.rules.environment;

import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.Solution;
import java.util.List;

/** Solutions around the test flows, as the reader would build them from an unpacked ContosoExpenses solution. */
public final class EnvironmentFixtures {

    private EnvironmentFixtures() {
    }

    public static EnvironmentVariable variable(String schemaName, String displayName, EnvironmentVariableType type,
            String defaultValue, String currentValue) {
        return new EnvironmentVariable(schemaName, displayName, type, defaultValue, currentValue,
                "environmentvariabledefinitions/" + schemaName + "/environmentvariabledefinition.xml",
                currentValue == null ? null : "environmentvariabledefinitions/" + schemaName + "/environmentvariablevalues.json");
    }

    public static Solution solution(List<EnvironmentVariable> variables, List<DeploymentSettings> settings) {
        return new Solution("ContosoExpenses", "ContosoExpenses", ArtifactKind.UNPACKED_SOLUTION, variables, List.of(),
                List.of(), settings);
    }

    /** The solution credential-sources.json belongs to; contoso_LegacyPartnerToken's definition is not in it. */
    public static Solution expenses() {
        return solution(List.of(
                variable("contoso_ExpenseApiClientSecret", "Expense API Client Secret", EnvironmentVariableType.SECRET, null,
                        "/subscriptions/9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e/resourceGroups/rg-secrets/providers/Microsoft.KeyVault/vaults/kv-expenses/secrets/expense-client-secret"),
                variable("contoso_ExpenseApiKey", "Expense API Key", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ExpenseApiUrl", "Expense API Url", EnvironmentVariableType.STRING,
                        "https://api.contoso-expenses.example/v2", null)), List.of());
    }

    /** The solution plain-variable-uses.json belongs to. */
    public static Solution partner() {
        return solution(List.of(
                variable("contoso_PartnerHeaderValue", "Partner Header Value", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ExpenseSite", "Expense Site", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ClientSecret", "Client Secret", EnvironmentVariableType.STRING, null, null),
                variable("contoso_TenantId", "Tenant Id", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ApiPassword", "Api Password", EnvironmentVariableType.SECRET, null, null)), List.of());
    }
}
