package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentRulesRegisteredTest {

    @Test
    void theBuiltInRegistryHasFg201ToFg204WithTheDesignedSeveritiesAndADocsPageEach() throws Exception {
        RuleRegistry registry = RuleRegistry.builtIn();
        List<Severity> severities = List.of("FG201", "FG202", "FG203", "FG204").stream()
                .map(registry::descriptor).map(RuleDescriptor::defaultSeverity).toList();

        assertEquals(List.of(Severity.MEDIUM, Severity.MEDIUM, Severity.HIGH, Severity.LOW), severities);
        for (String id : List.of("FG201", "FG202", "FG203", "FG204")) {
            Path page = Path.of(registry.descriptor(id).docsPath());
            assertTrue(Files.readString(page).startsWith("# " + id + " " + registry.descriptor(id).name()), page.toString());
        }
    }
}
