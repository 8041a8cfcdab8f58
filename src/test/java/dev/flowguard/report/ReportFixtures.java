package dev.flowguard.report;

import dev.flowguard.TestSolutions;
import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.testing.Fixtures;
import dev.flowguard.testing.SolutionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Verdicts every report test writes: the ContosoIntake scan, plus findings with hostile names and a zip entry. */
final class ReportFixtures {

    static final String HOSTILE_FLOW = "Sync <script>alert('x')</script> & \"quotes\"";

    private ReportFixtures() {
    }

    /** ContosoIntake: one failing FG401, one FG401 suppressed inline, one FG402 (INFO) below the threshold. */
    static Verdict contosoIntake() {
        return Verdict.of(TestSolutions.scanContosoIntake(), Severity.HIGH, true);
    }

    /** ContosoIntake plus a packed-solution finding whose names need escaping and a file-level FG901. */
    static Verdict mixed() {
        ScanResult scanned = TestSolutions.scanContosoIntake();
        List<Finding> findings = new ArrayList<>(scanned.findings());
        findings.add(new Finding("FG401", Severity.HIGH, "Contoso Sales", HOSTILE_FLOW,
                "build/Contoso Sales_1_0_0_1.zip!Workflows/Sync<x>-6A1F4C2E-0B7D-4E3A-9C5F-1D2E3F4A5B6C.json", 12, 21,
                "/properties/definition/triggers/manual", "manual", "manual",
                "HTTP trigger 'manual' of flow '" + HOSTILE_FLOW + "' can be run by anyone with its URL\u0001",
                "5b0e2c9d7f1a4e3b8c6d0f2a4b6c8d0e", null));
        findings.add(new Finding("FG901", Severity.HIGH, null, null, "build/Broken.zip", 0, 0, null, null, null,
                "build/Broken.zip could not be read: not a zip file", "aa11bb22cc33dd44ee55ff6600778899",
                Suppression.file("flowguard-suppressions.xml entry 2 (FG901, flow 'build/Broken.zip')", "legacy export, replaced in Q1")));
        return Verdict.of(new ScanResult(List.of("ContosoIntake", "Contoso Sales", "build/Broken.zip"), 4, findings),
                Severity.HIGH, true);
    }

    /**
     * Findings about a secret's way, as a repository holds them under {@code root}: the SecretPaths fixture unpacked
     * at {@code solutions/SecretPaths} (a variable, a Compose, a loop) and the ChildFlows fixture packed at
     * {@code build/ChildFlows.zip} (a key sent to a child flow and handed back), URIs from the root.
     */
    static Verdict secretWays(Path root) throws IOException {
        Path unpacked = root.resolve("solutions/SecretPaths");
        Path fixture = Fixtures.path("SecretPaths");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = unpacked.resolve(fixture.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        SolutionBuilder packed = new SolutionBuilder("ContosoPartnerSync");
        try (Stream<Path> flows = Files.list(Fixtures.path("ChildFlows/Workflows"))) {
            for (Path flow : flows.sorted().toList()) {
                packed.flow(flow.getFileName().toString(), Files.readAllBytes(flow), 5);
            }
        }
        Path zip = packed.writePacked(root.resolve("build/ChildFlows.zip"));
        Map<String, Path> artifacts = new LinkedHashMap<>();
        artifacts.put("solutions/SecretPaths", unpacked);
        artifacts.put("build/ChildFlows.zip", zip);
        List<ScanInput> inputs = new ArrayList<>();
        artifacts.forEach((name, path) -> inputs.add(new ScanInput(path, name)));
        ScanResult result = new Scanner(RuleRegistry.builtIn(), 1).scan(ScanRequest.of(inputs), ScanListener.SILENT);
        return Verdict.of(result, Severity.HIGH, true).in(Sources.of(root, root, artifacts));
    }

    static String write(ReportWriter writer, Verdict verdict) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(verdict, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
