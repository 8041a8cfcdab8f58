package dev.flowguard.rules.exposure;

import dev.flowguard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A secret read inside a Try scope is followed where its field is read, not wherever {@code result('Try')} goes:
 * the Catch scope's report of names, statuses and error messages of the failed actions carries no secret.
 */
class TryCatchTest {

    @Test
    void errorReportsOverResultOfTryCarryNoSecret() {
        Fixtures.check("try-catch-report.json");
    }

    @Test
    void aFilterThatKeepsSucceededResultsPassesTheSecretOn() {
        Fixtures.check("try-succeeded-report.json");
    }
}
