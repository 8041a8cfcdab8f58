package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.SolutionBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

    private static final String OPEN_TRIGGER_FLOW = """
            {"properties":{"connectionReferences":{},"definition":{"$schema":"https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
            "contentVersion":"1.0.0.0","triggers":{"manual":{"type":"Request","kind":"Http","inputs":{"triggerAuthenticationType":"All"}}},
            "actions":{"Response":{"runAfter":{},"type":"Response","kind":"Http","inputs":{"statusCode":200}}}}},"schemaVersion":"1.0.0.0"}
            """;

    @TempDir
    Path temp;

    private final Scanner scanner = new Scanner(RuleRegistry.builtIn());

    private ScanResult scan(Path... paths) {
        List<ScanInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            inputs.add(new ScanInput(path, path.getFileName().toString()));
        }
        return scanner.scan(ScanRequest.of(inputs), ScanListener.SILENT);
    }

    private static List<Finding> byRule(ScanResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A stub the designer left: valid JSON, no definition. Nothing broken and nothing to check: INFO, not HIGH. */
    @Test
    void aFlowFileWithOnlyDesignerDataIsAnInfoNotAnUnreadableFlow() throws Exception {
        String stub = """
                {"properties":{"connectionReferences":{"shared_office365":{"runtimeSource":"embedded",
                "connection":{"connectionReferenceLogicalName":"contoso_Office365"},"api":{"name":"shared_office365"}}}},
                "schemaVersion":"1.0.0.0"}
                """;
        Path folder = new SolutionBuilder("Stubs")
                .flow("Open-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .flow("Stub-33333333-3333-3333-3333-333333333333.json", stub)
                .writeUnpacked(temp.resolve("Stubs"));

        ScanResult result = scan(folder);

        List<Finding> stubs = byRule(result, "FG901");
        assertEquals(1, stubs.size());
        assertEquals(Severity.INFO, stubs.get(0).severity());
        assertTrue(stubs.get(0).file().endsWith("Stub-33333333-3333-3333-3333-333333333333.json"), stubs.get(0).file());
        assertTrue(stubs.get(0).message().contains("no workflow definition"), stubs.get(0).message());
        assertEquals(1, byRule(result, "FG401").size(), "the real flow beside it is checked");
    }

    @Test
    void checksTheGoodFlowBesideABrokenOne() throws Exception {
        Path folder = new SolutionBuilder("Mixed")
                .flow("Open-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .flow("Broken-22222222-2222-2222-2222-222222222222.json", OPEN_TRIGGER_FLOW.substring(0, 120))
                .writeUnpacked(temp.resolve("Mixed"));

        ScanResult result = scan(folder);

        assertEquals(1, result.flows());
        assertEquals(1, byRule(result, "FG401").size(), "the good flow is still checked");
        List<Finding> unreadable = byRule(result, "FG901");
        assertEquals(1, unreadable.size());
        Finding broken = unreadable.get(0);
        assertEquals("Mixed/Workflows/Broken-22222222-2222-2222-2222-222222222222.json", broken.file(),
                "a folder's files are named by their path from the project");
        assertEquals(Severity.HIGH, broken.severity());
        assertEquals("Mixed", broken.solution(), "the broken file is named within its solution");
        assertTrue(broken.message().contains("not valid JSON: unexpected end of input"), broken.message());
        assertFalse(broken.message().contains("\n"), "one line");
    }

    @Test
    void reportsTruncatedAndNonZipFilesAndGoesOn() throws Exception {
        Path good = new SolutionBuilder("Good").flow("Open-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .writePacked(temp.resolve("Good_1_0_0_1.zip"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(temp.resolve("Truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 30));
        Path notZip = Files.writeString(temp.resolve("Notes.zip"), "meeting notes, not a solution");

        ScanResult result = scan(truncated, notZip, good);

        assertEquals(1, result.flows());
        assertEquals(List.of("Notes.zip", "Truncated.zip"), byRule(result, "FG901").stream().map(Finding::file).sorted().toList());
        assertTrue(byRule(result, "FG901").stream().allMatch(f -> f.message().contains("not a readable zip")));
        assertEquals("Good_1_0_0_1.zip!Workflows/Open-11111111-1111-1111-1111-111111111111.json",
                byRule(result, "FG401").get(0).file());
    }

    @Test
    void reportsAMissingInput() {
        ScanResult result = scan(temp.resolve("does-not-exist"));
        assertEquals(1, byRule(result, "FG901").size());
        assertTrue(byRule(result, "FG901").get(0).message().contains("does not exist"));
    }

    @Test
    void refusesAFileOverALimitByNameAndChecksTheRest() throws Exception {
        String padded = OPEN_TRIGGER_FLOW.replace("\"schemaVersion\"", "\"padding\":\"" + "x".repeat(3000) + "\",\"schemaVersion\"");
        Path zip = new SolutionBuilder("Limits")
                .flow("Small-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .flow("Large-22222222-2222-2222-2222-222222222222.json", padded)
                .writePacked(temp.resolve("Limits.zip"));
        ReadLimits limits = new ReadLimits(100, 2048, 1 << 20, 1000, 100, 1 << 20);
        ScanResult result = scanner.scan(new ScanRequest(List.of(new ScanInput(zip, "Limits.zip")), limits,
                Redactor.REDACTING, Map.of()), ScanListener.SILENT);

        assertEquals(1, result.flows());
        Finding refused = byRule(result, "FG901").get(0);
        assertEquals("Limits.zip!Workflows/Large-22222222-2222-2222-2222-222222222222.json", refused.file());
        assertTrue(refused.message().contains("per-entry inflated size limit of 2048 bytes"), refused.message());
    }

    @Test
    void findsTheSameFlowsAndFindingsPackedAndUnpacked() throws Exception {
        SolutionBuilder builder = new SolutionBuilder("Twins");
        for (int i = 0; i < 12; i++) {
            builder.flow("Flow" + i + "-00000000-0000-0000-0000-0000000000" + (10 + i) + ".json",
                    i % 3 == 0 ? OPEN_TRIGGER_FLOW : OPEN_TRIGGER_FLOW.replace("All", "User"));
        }
        ScanResult packed = scan(builder.writePacked(temp.resolve("Twins.zip")));
        ScanResult unpacked = scan(builder.writeUnpacked(temp.resolve("Twins")));

        assertEquals(12, packed.flows());
        assertEquals(packed.flows(), unpacked.flows());
        assertEquals(4, packed.findings().size());
        assertEquals(comparable(packed), comparable(unpacked));
    }

    /** What must agree between layouts: all but the zip's or folder's name in front of the file. */
    static List<String> comparable(ScanResult result) {
        return result.findings().stream()
                .map(f -> String.join("|", f.ruleId(), f.severity().name(), f.solution(), f.flow(),
                        f.file().substring(f.file().indexOf(f.file().contains("!") ? "!" : "/Workflows/") + 1)
                                .replaceFirst("^Workflows/", "Workflows/"), String.valueOf(f.line()), String.valueOf(f.column()),
                        f.jsonPointer(), f.actionPath(), f.message(), f.fingerprint()))
                .sorted().toList();
    }

    @Test
    void appliesPerRuleSettings() throws Exception {
        Path folder = new SolutionBuilder("Configured").flow("Open-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .writeUnpacked(temp.resolve("Configured"));
        ScanInput input = new ScanInput(folder, "Configured");

        ScanResult raised = scanner.scan(new ScanRequest(List.of(input), ReadLimits.DEFAULTS, Redactor.REDACTING,
                Map.of("FG401", new RuleSetting("FG401", Severity.CRITICAL, true))), ScanListener.SILENT);
        assertEquals(Severity.CRITICAL, raised.findings().get(0).severity());

        ScanResult off = scanner.scan(new ScanRequest(List.of(input), ReadLimits.DEFAULTS, Redactor.REDACTING,
                Map.of("FG401", new RuleSetting("FG401", null, false))), ScanListener.SILENT);
        assertEquals(List.of(), off.findings());
        assertEquals(1, off.flows());
    }

    @Test
    void readsUtf16AndBomFlows() throws Exception {
        byte[] utf16 = ("\uFEFF" + OPEN_TRIGGER_FLOW).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf8Bom = ("\uFEFF" + OPEN_TRIGGER_FLOW).getBytes(StandardCharsets.UTF_8);
        Path folder = new SolutionBuilder("Encodings")
                .flow("Utf16-11111111-1111-1111-1111-111111111111.json", utf16, 5)
                .flow("Bom-22222222-2222-2222-2222-222222222222.json", utf8Bom, 5)
                .writeUnpacked(temp.resolve("with spaces in name"));

        ScanResult result = scan(folder);

        assertEquals(2, result.flows());
        assertEquals(List.of(), byRule(result, "FG901"));
        int column = OPEN_TRIGGER_FLOW.lines().toList().get(1).indexOf("\"triggerAuthenticationType\"") + 1;
        assertEquals(List.of(2, 2), byRule(result, "FG401").stream().map(Finding::line).toList());
        assertEquals(List.of(column, column), byRule(result, "FG401").stream().map(Finding::column).toList(),
                "columns count characters, not bytes, whatever the encoding");
    }

    @Test
    void fingerprintsSurviveReformattingAndZipRenames() throws Exception {
        String reformatted = OPEN_TRIGGER_FLOW.replace(",", ",\n    ");
        ScanResult first = scan(new SolutionBuilder("S").flow("F-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .writePacked(temp.resolve("S_1_0_0_1.zip")));
        ScanResult second = scan(new SolutionBuilder("S").flow("F-11111111-1111-1111-1111-111111111111.json", reformatted)
                .writePacked(temp.resolve("S_1_0_0_2.zip")));

        assertEquals(first.findings().get(0).fingerprint(), second.findings().get(0).fingerprint());
        assertTrue(first.findings().get(0).line() != second.findings().get(0).line());
    }
}
