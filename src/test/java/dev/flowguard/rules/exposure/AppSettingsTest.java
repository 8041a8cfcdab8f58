package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A secret-named app setting of a Logic Apps Standard project is followed like any other secret source. */
class AppSettingsTest {

    @Test
    void aSecretNamedAppSettingSentWithoutSecureInputsIsShownInRunHistory() {
        Finding fg302 = Fixtures.check("appsetting-workflow.json").stream().filter(f -> f.ruleId().equals("FG302"))
                .findFirst().orElseThrow();
        assertTrue(fg302.message().contains("appsetting('Partner-ApiKey') → Get_orders (inputs/headers/x-api-key)"),
                fg302.message());
    }
}
