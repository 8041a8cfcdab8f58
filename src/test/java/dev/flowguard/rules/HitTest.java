package dev.flowguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HitTest {

    private static final RuleDescriptor RULE = new RuleDescriptor("FG999", "test", Severity.CRITICAL, "s", "r");

    @Test
    void withoutACapTheConfiguredSeverityStands() {
        Hit hit = Hit.of(RULE, "f.json", null, null, "m").withEvidence("e");
        assertEquals(Severity.CRITICAL, hit.severity(Severity.CRITICAL));
        assertEquals(Severity.INFO, hit.severity(Severity.INFO));
    }

    @Test
    void theSecretRidesOnTheHitAndIsWrittenOnlyThroughTheRedactor() {
        Hit hit = Hit.of(RULE, "f.json", null, null, "key: " + Hit.SECRET).withSecret("s3cr3t-value");
        assertEquals("key: <redacted 12 chars>", hit.message(Redactor.REDACTING));
        assertEquals("key: 's3cr3t-value'", hit.message(new Redactor(true)));
        assertEquals("s3cr3t-value", hit.evidence(), "the fingerprint hashes the secret unless told otherwise");
        assertEquals("m", Hit.of(RULE, "f.json", null, null, "m").message(Redactor.REDACTING));
    }

    @Test
    void aCapLowersButNeverRaises() {
        Hit placeholder = Hit.of(RULE, "f.json", null, null, "m").withEvidence("e").atMost(Severity.LOW);
        assertEquals(Severity.LOW, placeholder.severity(Severity.CRITICAL));
        assertEquals(Severity.LOW, placeholder.severity(Severity.LOW));
        assertEquals(Severity.INFO, placeholder.severity(Severity.INFO));
    }
}
