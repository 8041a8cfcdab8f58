package dev.flowguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One value, name and slot, one verdict, whichever rule asks: the disagreements the value model settled, each on
 * the fixture {@code fixtures/Agreement} (a solution whose flow and environment variable hold them all) and the
 * Logic Apps Standard fixture {@code appsetting-workflow.json}.
 */
class AgreementTest {

    private static final List<Finding> FINDINGS = Fixtures.check("Agreement");

    private static Set<String> rulesAt(String action) {
        Set<String> rules = new TreeSet<>();
        FINDINGS.stream().filter(f -> action.equals(f.action())).forEach(f -> rules.add(f.ruleId()));
        return rules;
    }

    @Test
    void the32HexKeyIsACredentialInAHeaderAsAVariableAndAsAnEnvironmentVariablesDefault() {
        // FG102 in the x-api-key header, FG105 as variable partnerApiKey (it was nothing), FG203 as the default of
        // "Partner API Key" in the definition and in the flow's copy
        assertEquals(Set.of("FG102"), rulesAt("Call_partner_with_literal_key"));
        assertEquals(Set.of("FG105"), rulesAt("Initialize_partnerApiKey"));
        assertEquals(2, FINDINGS.stream().filter(f -> f.ruleId().equals("FG203")).count());
    }

    @Test
    void anEnvironmentVariableSecretOnlyByItsDisplayNameIsFg202AndFg302Alike() {
        assertTrue(FINDINGS.stream().anyMatch(f -> f.ruleId().equals("FG202")
                && f.message().contains("'Partner API Key' (hc_PartnerConfig)")));
        Finding exposed = FINDINGS.stream().filter(f -> f.ruleId().equals("FG302") && "Post_invoices".equals(f.action()))
                .findFirst().orElseThrow();
        assertTrue(exposed.message().contains("parameters('Partner API Key (hc_PartnerConfig)') → Post_invoices"),
                exposed.message());
    }

    @Test
    void anAuthenticationSlotAtAnyDepthIsOneSlotToTheLiteralRuleAndToFg201() {
        assertEquals(Set.of("FG101"), rulesAt("Subscribe_with_literal_password"));
        assertEquals(Set.of("FG201", "FG302"), rulesAt("Subscribe_with_callers_password"));
        Finding fg201 = FINDINGS.stream().filter(f -> f.ruleId().equals("FG201")).findFirst().orElseThrow();
        assertTrue(fg201.jsonPointer().endsWith("/inputs/subscribe/authentication/password"), fg201.jsonPointer());
    }

    @Test
    void anAppSettingIsASecretStoreToFg201AndASecretToTheRunHistoryRules() {
        List<Finding> standard = Fixtures.check("appsetting-workflow.json");
        assertTrue(standard.stream().anyMatch(f -> f.ruleId().equals("FG302")));
        assertTrue(standard.stream().noneMatch(f -> f.ruleId().equals("FG201")), standard.toString());
    }
}
