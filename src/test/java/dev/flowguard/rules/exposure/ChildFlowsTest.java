package dev.flowguard.rules.exposure;

import dev.flowguard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A secret that crosses from one flow of a solution to another, whatever the names it crosses under: the parent's
 * Key Vault key sent to a child as {@code text_1} shows in the child's trigger and wherever the child sends it; what
 * the child hands back shows in the parent's Workflow action and wherever the parent sends it on.
 */
class ChildFlowsTest {

    @Test
    void secretsAreFollowedIntoTheChildFlowAndBackToTheParent() {
        Fixtures.check("ChildFlows");
    }
}
