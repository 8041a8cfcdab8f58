package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credentials a flow is given by its caller: the trigger shows them, and so does every action that sends them on. */
class TriggerCredentialsTest {

    @Test
    void aKeyNamedByTheTriggersSchemaTitleIsFollowedFromTheTrigger() {
        List<Finding> findings = Fixtures.check("trigger-credentials.json");
        Finding fg302 = findings.stream().filter(f -> f.ruleId().equals("FG302")).findFirst().orElseThrow();
        assertTrue(fg302.message().contains("manual → Get_order (inputs/headers/x-api-key)"), fg302.message());
        Finding fg301 = findings.stream().filter(f -> f.ruleId().equals("FG301")).findFirst().orElseThrow();
        assertTrue(fg301.message().startsWith("Trigger 'manual' (Request)"), fg301.message());
    }
}
