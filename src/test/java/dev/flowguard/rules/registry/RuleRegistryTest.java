package dev.flowguard.rules.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry, the docs and the product contract name the same rules. */
class RuleRegistryTest {

    private static final Path DOCS = Path.of("docs/rules");

    /** Rules added after DESIGN.md's catalogue, as product decisions recorded in the issue notes. */
    private static final java.util.Set<String> BEYOND_THE_CONTRACT = java.util.Set.of();

    @Test
    void everyRuleHasADocsPageAndEveryPageARule() throws IOException {
        List<String> registered = RuleRegistry.builtIn().rules().stream().map(r -> r.descriptor().id()).sorted().toList();
        List<String> documented;
        try (Stream<Path> pages = Files.list(DOCS)) {
            documented = pages.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("FG\\d{3}\\.md"))
                    .map(name -> name.substring(0, 5)).sorted().toList();
        }
        assertEquals(registered, documented);
    }

    @Test
    void theRulesIndexListsEveryRuleWithItsDefaultSeverity() throws IOException {
        String index = Files.readString(DOCS.resolve("README.md"));
        for (Rule rule : RuleRegistry.builtIn().rules()) {
            RuleDescriptor d = rule.descriptor();
            assertTrue(index.contains("| [" + d.id() + "](" + d.id() + ".md) | " + d.name() + " | " + d.defaultSeverity() + " |"),
                    "docs/rules/README.md lists " + d.id());
        }
    }

    @Test
    void everyDocsPageStartsWithTheRuleIdNameAndDefaultSeverity() throws IOException {
        for (Rule rule : RuleRegistry.builtIn().rules()) {
            RuleDescriptor descriptor = rule.descriptor();
            List<String> lines = Files.readAllLines(Path.of(descriptor.docsPath()));
            assertEquals("# " + descriptor.id() + " " + descriptor.name(), lines.get(0), descriptor.docsPath());
            String severity = "**Default severity:** " + descriptor.defaultSeverity();
            assertTrue(lines.stream().anyMatch(line -> line.equals(severity) || line.startsWith(severity + " ")),
                    descriptor.docsPath());
            // one page per rule says what it finds, why that matters and how to fix it (STYLE.md, Error Prone)
            for (String section : List.of("## What it finds", "## Why it matters", "## How to fix")) {
                assertTrue(lines.contains(section), descriptor.docsPath() + " has no '" + section + "'");
            }
        }
    }

    @Test
    void rulesMatchTheProductContractWhereItIsPresent() throws IOException {
        Path design = Path.of("../shared/DESIGN.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(design), "no ../shared/DESIGN.md beside the checkout");
        String contract = Files.readString(design);
        for (Rule rule : RuleRegistry.builtIn().rules()) {
            RuleDescriptor d = rule.descriptor();
            if (BEYOND_THE_CONTRACT.contains(d.id())) {
                assertFalse(contract.contains("| " + d.id() + " |"), d.id() + " is in DESIGN.md now: check it there");
                continue;
            }
            String row = "| " + d.id() + " | " + d.name() + " | " + d.defaultSeverity() + " |";
            assertTrue(contract.contains(row), "DESIGN.md lists " + row);
        }
    }
}
