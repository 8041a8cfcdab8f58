package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.Fixtures;
import dev.flowguard.testing.SolutionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second look at the flows another flow shares a secret with computes their origins again on the model kept from
 * the first; it neither inflates nor parses them again. A zip whose flows fit its inflation limit exactly once used
 * to turn a flow that read cleanly into FG901 when it was read again for that second look.
 */
class CrossFlowsTest {

    @TempDir
    Path temp;

    /** The ChildFlows fixture (a parent sends a key to its child, which hands a token back) as a packed solution. */
    private Path packed() throws IOException {
        SolutionBuilder solution = new SolutionBuilder("ContosoPartnerSync");
        try (var files = Files.list(Fixtures.path("ChildFlows/Workflows"))) {
            for (Path flow : files.sorted().toList()) {
                solution.flow(flow.getFileName().toString(), Files.readAllBytes(flow), 5);
            }
        }
        return solution.writePacked(temp.resolve("ContosoPartnerSync.zip"));
    }

    /** Limits that let the zip's entries be inflated once each, and not a byte more. */
    private static ReadLimits exactlyOnce(Path zip) throws IOException {
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                total += entry.getSize();
            }
        }
        return new ReadLimits(100, 1024 * 1024, total, 200, 400, 1024 * 1024);
    }

    private static List<Finding> scan(Path zip, long retainedBytes, List<String> notes) throws IOException {
        ScanRequest request = new ScanRequest(List.of(new ScanInput(zip, zip.getFileName().toString())),
                exactlyOnce(zip), Redactor.REDACTING, Map.of());
        ScanListener listener = new ScanListener() {
            @Override
            public void debug(String message, Throwable cause) {
                notes.add(message);
            }
        };
        return new Scanner(RuleRegistry.builtIn(), 1, retainedBytes).scan(request, listener).findings();
    }

    @Test
    void aSecondLookReusesTheKeptModelAndReadsNothingAgain() throws IOException {
        List<String> notes = new ArrayList<>();
        List<Finding> findings = scan(packed(), Scanner.RETAINED_BYTES, notes);

        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("FG901")), findings.toString());
        assertTrue(notes.stream().noneMatch(note -> note.contains("read again")), notes.toString());
        // what crossed: the key the parent sends is exposed in the child, the token the child returns in the parent
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("FG302") && f.file().contains("CallPartner")));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("FG301") && f.file().contains("SyncPartnerOrders")));
    }

    @Test
    void aFlowNotKeptIsReadAgainOutsideTheZipsInflationLimitWithTheSameFindings() throws IOException {
        Path zip = packed();
        List<String> kept = new ArrayList<>();
        List<String> readAgain = new ArrayList<>();
        List<Finding> withModels = scan(zip, Scanner.RETAINED_BYTES, kept);
        List<Finding> withoutModels = scan(zip, 0, readAgain);

        assertTrue(readAgain.stream().anyMatch(note -> note.contains("read again")), readAgain.toString());
        assertTrue(withoutModels.stream().noneMatch(f -> f.ruleId().equals("FG901")), withoutModels.toString());
        assertEquals(withModels.stream().map(CorpusFindingsTest::key).toList(),
                withoutModels.stream().map(CorpusFindingsTest::key).toList());
        // and the same ways, placed at the same lines in both flows' files
        assertEquals(withModels.stream().map(Finding::path).toList(), withoutModels.stream().map(Finding::path).toList());
        assertTrue(withoutModels.stream().anyMatch(f -> f.path().size() > 4), withoutModels.toString());
    }
}
