package dev.flowguard.rules.exposure;

import dev.flowguard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Tokens kept per record in business data: not configuration (no FG201, whose advice to use an environment
 * variable would be wrong for them), but secrets that run history shows (FG301 on the read, FG302 where sent).
 * The record's other columns and an {@code @odata.bind} lookup named like a token carry no secret.
 */
class StoredTokensTest {

    @Test
    void aSecretNamedColumnSelectedFromDataverseIsASourceAndItsSiblingsAreNot() {
        Fixtures.check("stored-tokens.json");
    }
}
