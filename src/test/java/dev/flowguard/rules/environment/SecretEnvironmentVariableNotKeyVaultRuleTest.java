package dev.flowguard.rules.environment;

import static dev.flowguard.rules.environment.EnvironmentFixtures.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.Solution;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretEnvironmentVariableNotKeyVaultRuleTest {

    private final SecretEnvironmentVariableNotKeyVaultRule rule = new SecretEnvironmentVariableNotKeyVaultRule();

    private List<Hit> solutionHits(Solution solution) {
        List<Hit> hits = new ArrayList<>();
        rule.checkSolution(SolutionContext.of(solution), hits::add);
        return hits;
    }

    @Test
    void reportsSecretNamedVariablesOfPlainTypeOnTheirDefinition() {
        List<Hit> hits = solutionHits(EnvironmentFixtures.solution(List.of(
                variable("admin_AuditLogsClientSecret", "Audit Logs - Client Secret", EnvironmentVariableType.STRING, null, null),
                variable("kch_demokey", "demo-key", EnvironmentVariableType.STRING, null, null),
                variable("contoso_PartnerSettings", "Partner API Token", EnvironmentVariableType.JSON, null, null),
                variable("admin_AuditLogsClientAzureSecret", "Audit Logs - Client Azure Secret", EnvironmentVariableType.SECRET,
                        null, null),
                variable("contoso_PasswordLength", "Password Length", EnvironmentVariableType.NUMBER, null, null)), List.of()));

        assertEquals(List.of(
                "Environment variable 'Audit Logs - Client Secret' (admin_AuditLogsClientSecret) is named like a secret but "
                        + "is of type String, not Secret (Key Vault)",
                "Environment variable 'demo-key' (kch_demokey) is named like a secret but is of type String, not Secret (Key Vault)",
                "Environment variable 'Partner API Token' (contoso_PartnerSettings) is named like a secret but is of type JSON, "
                        + "not Secret (Key Vault)"), hits.stream().map(Hit::message).toList());
        assertEquals("environmentvariabledefinitions/admin_AuditLogsClientSecret/environmentvariabledefinition.xml",
                hits.get(0).file());
    }

    @Test
    void leavesNamesThatOnlyTalkAboutSecretsAlone() {
        List<Hit> hits = solutionHits(EnvironmentFixtures.solution(List.of(
                variable("contoso_KeyVaultName", "Key Vault Name", EnvironmentVariableType.STRING, null, null),
                variable("contoso_TokenAudience", "Token Audience", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ApiKeyHeaderName", "Api Key Header Name", EnvironmentVariableType.STRING, null, null),
                variable("contoso_ClientSecretExpiry", "Client Secret Expiry", EnvironmentVariableType.STRING, null, null),
                variable("admin_AuditLogsClientID", "Audit Logs - ClientID", EnvironmentVariableType.STRING, null, null),
                variable("admin_TenantID", "TenantID", EnvironmentVariableType.STRING, null, null),
                variable("contoso_TokenEndpointUrl", "Token endpoint URL", EnvironmentVariableType.STRING, null, null)),
                List.of()));

        assertEquals(List.of(), hits);
    }

    @Test
    void reportsAPlainVariableThatFeedsACredentialFieldInTheFlowThatUsesIt() {
        List<Hit> hits = RuleHarness.hits(rule, Flows.resource("environment/plain-variable-uses.json"),
                EnvironmentFixtures.partner());

        // contoso_ClientSecret also feeds a credential, but its name already gets it reported on its definition
        assertEquals(List.of("Environment variable 'Partner Header Value (contoso_PartnerHeaderValue)' feeds the header "
                + "'Authorization' of Http action 'Send_to_partner' in flow 'Test flow' but is of type String, not Secret "
                + "(Key Vault)"), hits.stream().map(Hit::message).toList());
        assertEquals("/properties/definition/actions/Send_to_partner/inputs/headers/Authorization", hits.get(0).jsonPointer());
    }

    @Test
    void aSecretTypeVariableFeedingACredentialIsFine() {
        assertEquals(List.of(), RuleHarness.hits(rule, Flows.resource("environment/credential-sources.json"),
                EnvironmentFixtures.expenses()));
    }
}
