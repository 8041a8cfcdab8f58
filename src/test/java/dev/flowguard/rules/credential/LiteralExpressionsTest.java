package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A credential wrapped in a function of literals ({@code concat}, {@code base64}, …) is judged by what it yields;
 * the designer's metadata (an icon's signed URL) is never sent and holds no secret of the flow's.
 */
class LiteralExpressionsTest {

    @Test
    void literalsInsideExpressionsAreCheckedLikePlainLiterals() {
        for (Finding finding : Fixtures.check("literal-expressions.json")) {
            assertFalse(finding.message().contains("S3cr3t") || finding.message().contains("Xk9mQ2"), finding.message());
        }
    }
}
