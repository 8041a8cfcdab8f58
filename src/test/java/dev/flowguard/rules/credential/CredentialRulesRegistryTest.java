package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FG101–FG105 are registered as DESIGN.md defines them, each with its page in docs/rules. */
class CredentialRulesRegistryTest {

    private static final Map<String, String> DESIGN = Map.of(
            "FG101", "hardcoded-credential-in-authentication CRITICAL",
            "FG102", "hardcoded-secret-in-header CRITICAL",
            "FG103", "secret-in-url HIGH",
            "FG104", "known-secret-format CRITICAL",
            "FG105", "secret-literal-in-variable HIGH");

    @Test
    void registeredWithTheirNamesSeveritiesAndDocs() throws Exception {
        RuleRegistry registry = RuleRegistry.builtIn();
        for (Map.Entry<String, String> rule : DESIGN.entrySet()) {
            RuleDescriptor descriptor = registry.descriptor(rule.getKey());
            assertEquals(rule.getValue(), descriptor.name() + " " + descriptor.defaultSeverity());
            Path page = Path.of(descriptor.docsPath());
            assertTrue(Files.isRegularFile(page), page + " is missing");
            String text = Files.readString(page);
            assertTrue(text.startsWith("# " + descriptor.id() + " " + descriptor.name()), page + " title");
            assertTrue(text.contains("## Bad") && text.contains("## Fixed"), page + " needs a bad and a fixed example");
        }
        assertEquals(Severity.CRITICAL, registry.descriptor("FG104").defaultSeverity());
    }
}
