package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.Discovery;
import dev.flowguard.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every artifact of the shared corpus of real public solutions: every solution discovery finds, and
 * every loose flow and Logic Apps definition SOURCES.tsv lists, must be read without FG901.
 */
class CorpusScanTest {

    @Test
    void readsTheWholeCorpusWithoutAnUnreadableFile() throws IOException {
        Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout; skipping the corpus scan");

        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : Discovery.find(corpus)) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString()));
        }
        for (Path loose : looseDefinitions(corpus)) {
            inputs.add(new ScanInput(loose, corpus.relativize(loose).toString()));
        }
        ScanResult result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(inputs), ScanListener.SILENT);

        List<Finding> unreadable = result.findings().stream().filter(f -> f.ruleId().equals("FG901")).toList();
        assertEquals(List.of(), unreadable.stream().map(Finding::message).toList());
        assertTrue(result.flows() >= 300, "the corpus holds more than 300 cloud flows; read " + result.flows());
        assertTrue(result.solutions().size() >= 100, "read " + result.solutions().size() + " artifacts");
    }

    /** The corpus's loose JSON files (flow-json, logicapp-json): flows, Logic Apps workflows and their side files. */
    private static List<Path> looseDefinitions(Path corpus) throws IOException {
        List<Path> definitions = new ArrayList<>();
        try (Stream<String> lines = Files.lines(corpus.resolve("SOURCES.tsv"))) {
            lines.skip(1).map(line -> line.split("\t")).filter(columns -> columns.length >= 6)
                    .filter(columns -> columns[5].equals("flow-json") || columns[5].equals("logicapp-json"))
                    .map(columns -> corpus.resolve(columns[0]))
                    .filter(path -> path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .forEach(definitions::add);
        }
        return definitions;
    }
}
