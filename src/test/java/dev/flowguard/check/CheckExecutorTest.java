package dev.flowguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.TestSolutions;
import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.registry.RuleRegistry;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check without Maven: request in, log lines, report files and a verdict out. */
class CheckExecutorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    @TempDir
    Path work;

    /** Every line the executor logs, with its level. */
    private static final class Lines implements CheckLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void error(String message) {
            lines.add("ERROR " + message);
        }
    }

    private CheckRequest.Builder request() {
        return CheckRequest.builder(work).project("contoso-intake").now(NOW)
                .solutions(List.of(TestSolutions.contosoIntake().toString()))
                .outputDirectory(work.resolve("target/flowguard"));
    }

    private static CheckExecutor executor() {
        return new CheckExecutor(RuleRegistry.builtIn());
    }

    @Test
    void readsAppliesInlineSuppressionsJudgesLogsAndWritesTheReports() throws Exception {
        Lines log = new Lines();

        CheckResult result = executor().check(request().formats("console,json,html,junit").build(), log);

        assertTrue(result.failed());
        assertEquals("flowguard [contoso-intake] found 1 finding at HIGH or above; see the lines above and the reports.",
                result.failureMessage());
        assertTrue(log.lines.contains("INFO flowguard [contoso-intake]: read " + TestSolutions.contosoIntake()
                + " (3 cloud flows)"), log.lines.toString());
        assertEquals("ERROR flowguard [contoso-intake] FAILED: 1 finding at HIGH or above", log.lines.get(log.lines.size() - 4));
        Finding partner = TestSolutions.only(result.verdict().result().findings(), "FG401", "PartnerCallback");
        assertEquals(Suppression.Kind.INLINE, partner.suppression().kind());
        assertEquals(List.of("flowguard.json", "flowguard.html", "flowguard-junit.xml"),
                result.reports().stream().map(p -> p.getFileName().toString()).toList());
        String json = Files.readString(work.resolve("target/flowguard/flowguard.json"));
        assertTrue(json.contains("\"suppressionKind\" : \"inline\"") || json.contains("\"suppressionKind\":\"inline\""), json);
        String html = Files.readString(work.resolve("target/flowguard/flowguard.html"));
        assertTrue(html.contains("<h1>flowguard report: contoso-intake</h1>"), html);
        assertTrue(html.contains("checked 2026-11-27 10:15:30 UTC"));
        try (var files = Files.list(work.resolve("target/flowguard"))) {
            assertEquals(3, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void reportsAreReadableByOthersNotOnlyTheOwner() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

        executor().check(request().formats("json").build(), CheckLog.SILENT);

        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(work.resolve("target/flowguard/flowguard.json"));
        assertTrue(mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.GROUP_READ),
                "created through the umask like any build output, not 0600: " + mode);
    }

    @Test
    void withoutConsoleTheCountsAndTheOutcomeAreStillLogged() throws Exception {
        Lines log = new Lines();

        executor().check(request().formats("json").build(), log);

        // a failed build says why in its log even without the console format; findings below the threshold do not
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR HIGH FG401 ") && l.contains("IntakeWebhook")),
                log.lines.toString());
        assertTrue(log.lines.stream().noneMatch(l -> l.contains(" FG402 ")), log.lines.toString());
        assertTrue(log.lines.stream().noneMatch(l -> l.startsWith("INFO   FG401 ")), "no fix lines without console");
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO flowguard [contoso-intake] checked 3 cloud flows")));
        assertTrue(log.lines.contains("ERROR flowguard [contoso-intake] FAILED: 1 finding at HIGH or above"), log.lines.toString());
    }

    @Test
    void aParentWithModulesAndNothingOfItsOwnChecksNothingAndDoesNotFail() throws Exception {
        Lines log = new Lines();
        Files.createDirectories(work.resolve("hr"));

        CheckResult result = executor().check(CheckRequest.builder(work).project("parent").modules(List.of(work.resolve("hr")))
                .outputDirectory(work.resolve("target/flowguard")).build(), log);

        assertFalse(result.failed());
        assertTrue(result.checked().isEmpty());
        assertEquals(List.of("INFO flowguard [parent]: no solution of its own to check; its modules check theirs"), log.lines);
        assertFalse(Files.exists(work.resolve("target")), "no report for a project that checked nothing");
    }

    @Test
    void aProjectWithoutModulesThatFindsNothingFails() throws Exception {
        CheckResult result = executor().check(CheckRequest.builder(work).outputDirectory(work.resolve("out")).build(),
                CheckLog.SILENT);

        assertTrue(result.failed());
        assertEquals("flowguard checked no cloud flow: no solution was found to check (name them with <solutions> or "
                + "-Dflowguard.solutions; in a project that has none, set flowguard.skip or failIfNoFlows=false).",
                result.failureMessage());
    }

    @Test
    void aCorruptZipThatWasNamedIsNotReportedAsNothingNamed() throws Exception {
        Path zip = Files.writeString(work.resolve("Contoso_1_0_0_1.zip"), "PK this zip was cut short");

        CheckResult result = executor().check(CheckRequest.builder(work).solutions(List.of(zip.toString()))
                .outputDirectory(work.resolve("out")).formats("").build(), CheckLog.SILENT);

        assertTrue(result.failed());
        assertEquals("flowguard checked no cloud flow: no cloud flow could be read (FG901 above says why); and it found "
                + "1 finding at HIGH or above.", result.failureMessage());
    }

    @Test
    void aModuleOfAReactorWithoutSolutionsPassesWithOneLine() throws Exception {
        Lines log = new Lines();
        Path pcf = Files.createDirectories(work.resolve("pcf-control"));

        CheckResult result = executor().check(CheckRequest.builder(pcf).project("pcf-control").reactorRoot(work)
                .outputDirectory(pcf.resolve("target/flowguard")).build(), log);

        assertFalse(result.failed());
        assertEquals(List.of("INFO flowguard [pcf-control]: no solution in this module, nothing to check (to say so, "
                + "set <flowguard.skip>true</flowguard.skip> in its pom's <properties>)"), log.lines);
    }

    @Test
    void misconfigurationIsAConfigurationErrorBeforeAnythingIsRead() {
        CheckException severity = assertThrows(CheckException.class,
                () -> executor().check(request().failOnSeverity("SEVERE").build(), CheckLog.SILENT));
        assertEquals(CheckException.Kind.CONFIGURATION, severity.kind());
        assertEquals("failOnSeverity: unknown level 'SEVERE'; use one of INFO, LOW, MEDIUM, HIGH, CRITICAL, NONE",
                severity.getMessage());

        CheckException rule = assertThrows(CheckException.class, () -> executor().check(
                request().rules(List.of(new RuleChoice("FG999", null, null))).build(), CheckLog.SILENT));
        assertEquals("rules: unknown rule id 'FG999'; mvn flowguard:explain lists the rules", rule.getMessage());
    }

    @Test
    void anUnknownRuleInTheSuppressionsFileIsAConfigurationError() throws Exception {
        Files.writeString(work.resolve("flowguard-suppressions.xml"), "<suppressions>\n  <suppression><rule>FG999</rule>"
                + "<flow>X</flow><reason>r</reason></suppression>\n</suppressions>\n");

        CheckException error = assertThrows(CheckException.class, () -> executor().check(request().build(), CheckLog.SILENT));

        assertEquals(CheckException.Kind.CONFIGURATION, error.kind());
        assertEquals("flowguard-suppressions.xml: suppression 1 (line 2, column 16): unknown rule id 'FG999'; "
                + "see docs/rules/ or mvn flowguard:explain", error.getMessage());
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyNotWhereAgain() throws Exception {
        Files.writeString(work.resolve("target"), "a file where the build folder should be");

        CheckException error = assertThrows(CheckException.class,
                () -> executor().check(request().formats("json").build(), CheckLog.SILENT));

        assertEquals(CheckException.Kind.IO, error.kind());
        Path reports = work.resolve("target/flowguard").toAbsolutePath().normalize();
        String prefix = "cannot write reports to " + reports + ": ";
        assertTrue(error.getMessage().startsWith(prefix), error.getMessage());
        String reason = error.getMessage().substring(prefix.length());
        assertFalse(reason.isBlank() || reason.contains(reports.toString()), "a reason, not the path again: " + reason);
    }

    @Test
    void theBaselineAcceptsTodaysFindingsSoTheNextCheckPasses() throws Exception {
        BaselineResult baseline = executor().baseline(request().build(), CheckLog.SILENT);

        assertEquals(BaselineResult.Status.WRITTEN, baseline.status());
        assertEquals(work.resolve("flowguard-baseline.json"), baseline.file());
        assertEquals(2, baseline.entries(), "the inline-suppressed finding stays accepted inline");
        CheckResult rerun = executor().check(request().build(), CheckLog.SILENT);
        assertFalse(rerun.failed());
        assertTrue(rerun.verdict().result().findings().stream().filter(Finding::suppressed)
                .anyMatch(f -> f.suppression().kind() == Suppression.Kind.BASELINE));
    }
}
