package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.bench.BenchmarkSolution;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.Discovery;
import dev.flowguard.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking flows on several threads must change nothing but the time a scan takes. */
class ParallelScanTest {

    @TempDir
    Path temp;

    @Test
    void parallelScanOfTheCorpusEqualsTheSerialScan() throws IOException {
        Path corpus = corpus();
        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : Discovery.find(corpus)) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString()));
        }
        try (Stream<String> lines = Files.lines(corpus.resolve("SOURCES.tsv"))) {
            lines.skip(1).map(line -> line.split("\t"))
                    .filter(columns -> columns.length >= 6 && columns[5].endsWith("-json"))
                    .filter(columns -> columns[0].toLowerCase(Locale.ROOT).endsWith(".json"))
                    .forEach(columns -> inputs.add(new ScanInput(corpus.resolve(columns[0]), columns[0])));
        }

        assertSameResult(ScanRequest.of(inputs), 300);
    }

    @Test
    void parallelScanOfABigSolutionEqualsTheSerialScan() throws IOException {
        Path zip = temp.resolve("Big.zip");
        BenchmarkSolution.write(zip, BenchmarkSolution.corpusFlows(corpus()), 600);

        assertSameResult(ScanRequest.of(List.of(new ScanInput(zip, "Big.zip"))), 600);
    }

    private static void assertSameResult(ScanRequest request, int atLeastFlows) {
        ScanResult serial = new Scanner(RuleRegistry.builtIn(), 1).scan(request, ScanListener.SILENT);
        // three workers on two cores: outcomes complete out of order and the in-flight queue fills up
        ScanResult parallel = new Scanner(RuleRegistry.builtIn(), 3).scan(request, ScanListener.SILENT);

        assertTrue(serial.flows() >= atLeastFlows, "read " + serial.flows() + " flows");
        assertTrue(serial.findings().stream().anyMatch(f -> f.ruleId().equals("FG401")), "a comparison of no findings proves nothing");
        assertEquals(serial.flows(), parallel.flows());
        assertEquals(serial.solutions(), parallel.solutions());
        assertEquals(serial.findings(), parallel.findings());
    }

    private static Path corpus() {
        Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        return corpus;
    }
}
