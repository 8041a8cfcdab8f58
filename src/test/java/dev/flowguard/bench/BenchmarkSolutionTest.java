package dev.flowguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.testing.Corpus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's solution is what it claims to be; how fast it scans is the benchmark's business, not a test's. */
class BenchmarkSolutionTest {

    @TempDir
    Path temp;

    @Test
    void buildsASolutionOfAsManyCloudFlowsAsAskedFromTheCorpus() throws Exception {
        Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        List<byte[]> flows = BenchmarkSolution.corpusFlows(corpus);
        assertTrue(flows.size() >= 200, "the corpus holds over 200 distinct cloud flows; found " + flows.size());
        int count = flows.size() + 7; // cycles: the first flows come again under new names

        Path zip = temp.resolve("Bench.zip");
        long inflated = BenchmarkSolution.write(zip, flows, count);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = file.stream().map(e -> e.getName()).filter(n -> n.startsWith("Workflows/")).toList();
            assertEquals(count, names.size());
            assertEquals(count, names.stream().distinct().count());
            assertTrue(names.stream().allMatch(n -> n.matches("Workflows/BenchFlow\\d{5}-[0-9A-F-]{36}\\.json")), names.get(0));
            assertTrue(Arrays.equals(flows.get(0), file.getInputStream(file.getEntry(names.get(flows.size()))).readAllBytes()));
        }
        assertEquals(flows.stream().mapToLong(f -> f.length).sum()
                + flows.subList(0, 7).stream().mapToLong(f -> f.length).sum(), inflated);

        ScanResult result = new Scanner(RuleRegistry.builtIn())
                .scan(ScanRequest.of(List.of(new ScanInput(zip, "Bench.zip"))), ScanListener.SILENT);
        assertEquals(count, result.flows(), "every flow is listed as a cloud flow (Category 5) and read");
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("FG901")).map(Finding::message).toList());
        assertEquals(List.of("FlowguardBenchmark"), result.solutions());
    }
}
