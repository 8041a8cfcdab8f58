package dev.flowguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.TestSolutions;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.RuleSetting;
import dev.flowguard.scan.ScanResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code rules} and {@code failOnSeverity} settings: per-rule severity and enablement, as the pom writes them. */
class PolicyTest {

    private static RuleChoice rule(String id, String severity, Boolean enabled) {
        return RuleChoice.of(id, severity, enabled);
    }

    private static Map<String, RuleSetting> settings(RuleChoice... rules) {
        return Policy.ruleSettings(List.of(rules), RuleRegistry.builtIn());
    }

    @Test
    void raisingARuleChangesTheSeverityOfItsFindings() {
        ScanResult result = TestSolutions.scanContosoIntake(settings(rule("fg402", "high", null)));

        Finding tenant = TestSolutions.only(result.findings(), "FG402", "TenantStatus");
        assertEquals(Severity.HIGH, tenant.severity());
        assertEquals(2, result.failing(Severity.HIGH).size());
    }

    @Test
    void aDisabledRuleFindsNothing() {
        ScanResult result = TestSolutions.scanContosoIntake(settings(rule("FG401", null, false)));

        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("FG401")), result.findings().toString());
        assertEquals(1, result.findings().size());
    }

    @Test
    void lowerAndDisableTogether() {
        ScanResult result = TestSolutions.scanContosoIntake(
                settings(rule("FG401", "LOW", true), rule("FG402", null, false)));

        assertTrue(result.failing(Severity.HIGH).isEmpty());
        assertTrue(result.findings().stream().allMatch(f -> f.ruleId().equals("FG401") && f.severity() == Severity.LOW));
    }

    @Test
    void anUnknownRuleOrLevelIsAConfigurationError() {
        assertEquals("rules: unknown rule id 'FG999'; mvn flowguard:explain lists the rules",
                assertThrows(IllegalArgumentException.class, () -> settings(rule("FG999", "HIGH", null))).getMessage());
        assertEquals("rules: FG401: unknown severity 'SEVERE'; use one of INFO, LOW, MEDIUM, HIGH, CRITICAL",
                assertThrows(IllegalArgumentException.class, () -> settings(rule("FG401", "SEVERE", null))).getMessage());
    }

    @Test
    void enabledIsTrueOrFalseAndNothingElse() {
        assertTrue(settings(new RuleChoice("FG401", null, " TRUE ")).get("FG401").enabled());
        assertEquals(false, settings(new RuleChoice("FG401", null, "false")).get("FG401").enabled());
        // Maven reads "yes" as false: the rule would be off without a word
        assertEquals("rules: FG204: <enabled> must be true or false, not 'yes'",
                assertThrows(IllegalArgumentException.class, () -> settings(new RuleChoice("fg204", null, "yes"))).getMessage());
    }

    @Test
    void aRuleWithoutAnIdSaysSoInsteadOfNamingNull() {
        assertEquals("rules: <rule> 2 has no <id>; write the rule it is about, such as "
                + "<rule><id>FG204</id><severity>HIGH</severity></rule>",
                assertThrows(IllegalArgumentException.class,
                        () -> settings(rule("FG401", "LOW", null), new RuleChoice(null, "HIGH", null))).getMessage());
    }

    @Test
    void failOnSeverityAcceptsNone() {
        assertEquals(null, Policy.failOn("none"));
        assertEquals(Severity.MEDIUM, Policy.failOn(" medium "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Policy.failOn("warn")).getMessage()
                .startsWith("failOnSeverity: unknown level 'warn'"));
    }
}
