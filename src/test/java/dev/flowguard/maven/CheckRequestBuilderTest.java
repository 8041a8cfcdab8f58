package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.RuleSetting;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.testing.SolutionBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRequestBuilderTest {

    @TempDir
    Path project;

    private static List<String> names(List<ScanInput> inputs) {
        return inputs.stream().map(ScanInput::displayName).toList();
    }

    @Test
    void takesTheProjectsOwnSolutionArtifactThenWhatDiscoveryFinds() throws Exception {
        Path built = new SolutionBuilder("Core").writePacked(project.resolve("target/Core_1_0_0_1_managed.zip"));
        new SolutionBuilder("Core").writeUnpacked(project.resolve("src"));

        List<ScanInput> inputs = CheckRequestBuilder.inputs(null, List.of(built.toFile()), project);

        assertEquals(List.of("target/Core_1_0_0_1_managed.zip", "src"), names(inputs));
    }

    @Test
    void namedSolutionsReplaceDiscoveryAndAreListedOnce() throws Exception {
        Path zip = new SolutionBuilder("Core").writePacked(project.resolve("out/Core.zip"));
        new SolutionBuilder("Other").writeUnpacked(project.resolve("src"));

        List<ScanInput> inputs = CheckRequestBuilder.inputs(
                new File[] {new File("out/Core.zip"), zip.toFile(), new File("missing")}, List.of(), project);

        assertEquals(List.of("out/Core.zip", "missing"), names(inputs), "a missing path stays, to be reported");
    }

    @Test
    void parsesThePolicy() {
        assertNull(CheckRequestBuilder.failOn("none"));
        assertEquals(Severity.MEDIUM, CheckRequestBuilder.failOn("medium"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckRequestBuilder.failOn("HGIH"));
        assertTrue(e.getMessage().contains("INFO, LOW, MEDIUM, HIGH, CRITICAL, NONE"));
    }

    @Test
    void readsPerRuleSettingsAndRefusesUnknownRules() {
        RuleConfig raise = new RuleConfig();
        raise.setId("fg402");
        raise.setSeverity("HIGH");
        RuleConfig off = new RuleConfig();
        off.setId("FG401");
        off.setEnabled(false);

        Map<String, RuleSetting> settings = CheckRequestBuilder.ruleSettings(List.of(raise, off), RuleRegistry.builtIn());

        assertEquals(new RuleSetting("FG402", Severity.HIGH, true), settings.get("FG402"));
        assertEquals(new RuleSetting("FG401", null, false), settings.get("FG401"));

        RuleConfig typo = new RuleConfig();
        typo.setId("FG999");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckRequestBuilder.ruleSettings(List.of(typo), RuleRegistry.builtIn()));
        assertTrue(e.getMessage().contains("unknown rule id 'FG999'"));
    }
}
