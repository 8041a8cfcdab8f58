package dev.flowguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HitTest {

    private static final RuleDescriptor RULE = new RuleDescriptor("FG999", "test", Severity.CRITICAL, "s", "r");

    @Test
    void withoutACapTheConfiguredSeverityStands() {
        Hit hit = new Hit(RULE, "f.json", null, null, "m", "e");
        assertEquals(Severity.CRITICAL, hit.severity(Severity.CRITICAL));
        assertEquals(Severity.INFO, hit.severity(Severity.INFO));
    }

    @Test
    void aCapLowersButNeverRaises() {
        Hit placeholder = new Hit(RULE, "f.json", null, null, "m", "e").atMost(Severity.LOW);
        assertEquals(Severity.LOW, placeholder.severity(Severity.CRITICAL));
        assertEquals(Severity.LOW, placeholder.severity(Severity.LOW));
        assertEquals(Severity.INFO, placeholder.severity(Severity.INFO));
    }
}
