package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureRegistryTest {

    @Test
    void runHistoryRulesAreRegisteredWithTheirDocumentedSeverityAndHaveAPage() {
        RuleRegistry registry = RuleRegistry.builtIn();
        for (String id : List.of("FG301", "FG302", "FG303", "FG902")) {
            assertTrue(registry.rule(id).isPresent(), id + " registered");
            Path page = Path.of(registry.descriptor(id).docsPath());
            assertTrue(Files.isRegularFile(page), "missing " + page);
        }
        assertEquals(Severity.HIGH, registry.descriptor("FG301").defaultSeverity());
        assertEquals(Severity.HIGH, registry.descriptor("FG302").defaultSeverity());
        assertEquals(Severity.HIGH, registry.descriptor("FG303").defaultSeverity());
        assertEquals(Severity.INFO, registry.descriptor("FG902").defaultSeverity());
    }
}
