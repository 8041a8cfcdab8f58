package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credentials that cross a flow's boundary: given by its caller (the trigger shows them, and so does every action
 * that sends them on), or handed back by a child flow (the Workflow action's outputs show them).
 */
class TriggerCredentialsTest {

    @Test
    void aKeyNamedByTheTriggersSchemaTitleIsFollowedFromTheTrigger() {
        List<Finding> findings = Fixtures.check("trigger-credentials.json");
        Finding fg302 = findings.stream().filter(f -> f.ruleId().equals("FG302")).findFirst().orElseThrow();
        assertTrue(fg302.message().contains("manual → Get_order (inputs/headers/x-api-key)"), fg302.message());
        Finding fg301 = findings.stream().filter(f -> f.ruleId().equals("FG301")).findFirst().orElseThrow();
        assertTrue(fg301.message().startsWith("Trigger 'manual' (Request)"), fg301.message());
    }

    /**
     * The child's token, read by its name from the Workflow action's response: FG301 there, FG302 where it is sent
     * on in a body; the Authorization header hides it, its expiry is no secret, and FG201 leaves the child to be
     * judged on where it got the token.
     */
    @Test
    void aTokenAChildFlowHandsBackIsASecretOfTheParentsRunHistory() {
        Fixtures.check("child-flow-token.json");
    }
}
