package dev.flowguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowguard.TestSolutions;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reactor of three modules under one root, as a solution repository lays them out: {@code intake} (an unpacked
 * solution), {@code expenses} (a packed managed zip) and {@code pcf} (no solution). One suppressions file and one
 * baseline at the root serve them all; the root's reports hold every module.
 */
class ReactorCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path ZIP = Path.of("src/it/packed-zip/solutions/ContosoExpenses_1_0_0_3_managed.zip");

    @TempDir
    Path root;

    /** Every line logged, with its level. */
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

        List<String> containing(String text) {
            return lines.stream().filter(l -> l.contains(text)).toList();
        }
    }

    @BeforeEach
    void layOut() throws IOException {
        copy(TestSolutions.contosoIntake(), root.resolve("intake/solution/ContosoIntake"));
        Files.createDirectories(root.resolve("expenses/solutions"));
        Files.copy(ZIP, root.resolve("expenses/solutions").resolve(ZIP.getFileName()));
        Files.createDirectories(root.resolve("pcf"));
        Files.writeString(root.resolve("flowguard-suppressions.xml"), """
                <suppressions>
                  <suppression><rule>FG402</rule><flow>Tenant*</flow><reason>tenant-wide status page (SEC-9)</reason></suppression>
                  <suppression><rule>FG204</rule><flow>Nothing*</flow><reason>left over</reason></suppression>
                  <suppression><rule>FG401</rule><flow>Nothing*</flow><reason>left over</reason><module>intake</module></suppression>
                </suppressions>
                """);
    }

    private CheckRequest.Builder module(String name) {
        Path basedir = root.resolve(name);
        return CheckRequest.builder(basedir).project(name).reactorRoot(root).module(true).now(NOW)
                .formats("sarif,json").outputDirectory(basedir.resolve("target/flowguard"));
    }

    private static CheckExecutor executor() {
        return new CheckExecutor(RuleRegistry.builtIn());
    }

    private ReactorCheck reactor(String formats) throws CheckException {
        return ReactorCheck.of("contoso", root.resolve("target/flowguard"), formats, List.of("intake", "expenses", "pcf"),
                true, true, RuleRegistry.builtIn());
    }

    private Optional<ReactorCheck.Outcome> checkAll(ReactorCheck reactor, Lines log) throws CheckException {
        Optional<ReactorCheck.Outcome> outcome = Optional.empty();
        for (String name : List.of("intake", "expenses", "pcf")) {
            CheckResult result = executor().check(module(name).build(), log, reactor);
            outcome = reactor.add(name, result, log);
        }
        return outcome;
    }

    @Test
    void theRootsReportsHoldEveryModuleWithPathsFromTheRepositoryRoot() throws Exception {
        Lines log = new Lines();

        ReactorCheck.Outcome outcome = checkAll(reactor("console,sarif,json,html,junit"), log).orElseThrow();

        assertTrue(outcome.failed(), "both modules with solutions have HIGH findings");
        assertTrue(outcome.message().startsWith("flowguard reactor [contoso] FAILED: 2 modules of 3 fail the build: "
                + "intake (1 finding at HIGH or above), expenses ("), outcome.message());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO flowguard reactor [contoso]: 3 modules, ")), log.lines.toString());
        JsonNode sarif = MAPPER.readTree(root.resolve("target/flowguard/flowguard.sarif").toFile());
        assertEquals(2, sarif.path("runs").size(), "one run per module with a solution");
        assertEquals("flowguard/intake/", sarif.path("runs").get(0).path("automationDetails").path("id").asText());
        assertEquals("flowguard/expenses/", sarif.path("runs").get(1).path("automationDetails").path("id").asText());
        for (JsonNode run : sarif.path("runs")) {
            URI base = URI.create(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
            assertEquals(root.toUri(), base);
            for (JsonNode result : run.path("results")) {
                JsonNode location = result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
                assertEquals("%SRCROOT%", location.path("uriBaseId").asText());
                assertTrue(Files.isRegularFile(Path.of(base.resolve(location.path("uri").asText()))),
                        "resolves to a file that exists: " + location);
            }
        }
        JsonNode json = MAPPER.readTree(root.resolve("target/flowguard/flowguard.json").toFile());
        assertEquals(3, json.at("/summary/modules").asInt());
        assertTrue(json.at("/summary/failed").asBoolean());
        assertEquals(Set.of("intake", "expenses"), Set.copyOf(json.path("findings").findValuesAsText("module")));
        assertTrue(Files.isRegularFile(root.resolve("target/flowguard/flowguard.html")));
        assertTrue(Files.readString(root.resolve("target/flowguard/flowguard-junit.xml")).contains("name=\"intake: FG401 "));
        assertFalse(Files.exists(root.resolve("pcf/target")), "a module without solutions writes nothing");
    }

    @Test
    void aFindingInsideAZipLandsOnTheZipWithTheEntryNested() throws Exception {
        checkAll(reactor("sarif"), new Lines());

        JsonNode run = MAPPER.readTree(root.resolve("target/flowguard/flowguard.sarif").toFile()).path("runs").get(1);
        JsonNode result = run.path("results").get(0);
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertEquals("expenses/solutions/ContosoExpenses_1_0_0_3_managed.zip", physical.path("artifactLocation").path("uri").asText());
        assertTrue(physical.path("region").isMissingNode(), "the zip's own lines are not the entry's");
        JsonNode zip = run.path("artifacts").get(physical.path("artifactLocation").path("index").asInt());
        assertEquals("expenses/solutions/ContosoExpenses_1_0_0_3_managed.zip", zip.path("location").path("uri").asText());
        JsonNode related = result.path("relatedLocations").get(0).path("physicalLocation");
        JsonNode entry = run.path("artifacts").get(related.path("artifactLocation").path("index").asInt());
        assertEquals(physical.path("artifactLocation").path("index").asInt(), entry.path("parentIndex").asInt());
        assertTrue(entry.path("location").path("uri").asText().startsWith("Workflows/"), entry.toString());
        assertTrue(related.path("region").path("startLine").asInt() > 0);
        assertTrue(result.path("message").path("text").asText().contains(" inside expenses/solutions/ContosoExpenses_1_0_0_3_managed.zip)"),
                result.path("message").toString());
    }

    @Test
    void oneSuppressionsFileAtTheRootEachModuleJudgingOnlyItsOwnEntries() throws Exception {
        Lines log = new Lines();

        checkAll(reactor("json"), log);

        assertEquals(List.of("INFO flowguard [intake]: flowguard-suppressions.xml entry 3 (FG401, module 'intake', "
                + "flow 'Nothing*') matched no finding"), log.containing("entry 3"), "a module judges its own entries");
        assertEquals(List.of("INFO flowguard: flowguard-suppressions.xml entry 2 (FG204, flow 'Nothing*') matched no "
                + "finding in any module"), log.containing("entry 2"), "the reactor judges the shared ones, once");
        assertTrue(log.containing("entry 1").isEmpty(), "entry 1 matched in intake: " + log.lines);
        String json = Files.readString(root.resolve("target/flowguard/flowguard.json"));
        assertTrue(json.contains("\"suppression\" : \"flowguard-suppressions.xml entry 1 (FG402, flow 'Tenant*'): "), json);
        assertFalse(json.contains(root.toString()), "no absolute path in the reports");
    }

    @Test
    void aRelativeSuppressionsFileInheritedFromTheParentIsFoundAtTheRoot() throws Exception {
        Files.createDirectories(root.resolve("config"));
        Files.move(root.resolve("flowguard-suppressions.xml"), root.resolve("config/flowguard-suppressions.xml"));

        CheckResult result = executor().check(module("intake").suppressionsFile(Path.of("config/flowguard-suppressions.xml"))
                .build(), CheckLog.SILENT);

        assertEquals("config/flowguard-suppressions.xml entry 1 (FG402, flow 'Tenant*'): tenant-wide status page (SEC-9)",
                TestSolutions.only(result.verdict().result().findings(), "FG402", "TenantStatus").suppression().describe());
    }

    @Test
    void oneBaselineAtTheRootEachModuleRewritingOnlyItsOwnEntries() throws Exception {
        for (String name : List.of("intake", "expenses", "pcf")) {
            BaselineResult written = executor().baseline(module(name).build(), CheckLog.SILENT);
            assertEquals(root.resolve("flowguard-baseline.json"), written.file() == null ? root.resolve("flowguard-baseline.json") : written.file());
        }
        JsonNode baseline = MAPPER.readTree(root.resolve("flowguard-baseline.json").toFile());
        assertEquals(Set.of("intake", "expenses"), Set.copyOf(baseline.path("findings").findValuesAsText("module")));
        int entries = baseline.path("findings").size();

        executor().baseline(module("intake").build(), CheckLog.SILENT);
        assertEquals(entries, MAPPER.readTree(root.resolve("flowguard-baseline.json").toFile()).path("findings").size(),
                "rewriting intake's entries keeps expenses' entries");

        Lines log = new Lines();
        ReactorCheck.Outcome outcome = checkAll(reactor("json"), log).orElseThrow();
        assertFalse(outcome.failed(), log.lines.toString());
        assertTrue(log.lines.stream().noneMatch(l -> l.contains("no longer match")), "no module calls another's entries stale: "
                + log.lines);
        assertTrue(log.lines.stream().anyMatch(l -> l.matches("INFO flowguard \\[intake]: flowguard-baseline.json: \\d+ of "
                + "\\d+ accepted findings of intake still present; only findings not in it count")), log.lines.toString());
    }

    @Test
    void theRootsOwnBaselineKeepsItsModulesEntries() throws Exception {
        executor().baseline(module("intake").build(), CheckLog.SILENT);
        copy(TestSolutions.contosoIntake(), root.resolve("own/ContosoIntake"));

        // the root, a parent with solutions of its own, built alone (-N): the file beside its pom is its modules' too
        executor().baseline(CheckRequest.builder(root).project("contoso").reactorRoot(root)
                .modules(List.of(root.resolve("intake"), root.resolve("expenses"), root.resolve("pcf")))
                .solutions(List.of("own")).build(), CheckLog.SILENT);

        JsonNode baseline = MAPPER.readTree(root.resolve("flowguard-baseline.json").toFile());
        assertEquals(Set.of("intake", "contoso"), Set.copyOf(baseline.path("findings").findValuesAsText("module")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
