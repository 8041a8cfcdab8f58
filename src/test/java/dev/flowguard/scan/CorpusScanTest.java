package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.CorpusInputs;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every artifact of the shared corpus of real public solutions: every solution discovery finds, and
 * every loose flow and Logic Apps definition SOURCES.tsv lists, must be read without FG901.
 */
class CorpusScanTest {

    @Test
    void readsTheWholeCorpusWithoutAnUnreadableFile() {
        ScanResult result = CorpusInputs.scanned().orElse(null);
        Assumptions.assumeTrue(result != null, "../shared/corpus is not beside this checkout; skipping the corpus scan");

        // logicapps/ holds five deliberately unparseable C# format templates: LogicAppsCorpusTest pins those
        List<Finding> unreadable = result.findings().stream().filter(f -> f.ruleId().equals("FG901"))
                .filter(f -> !f.file().startsWith("logicapps/")).toList();
        assertEquals(List.of(), unreadable.stream().map(Finding::message).toList());
        assertTrue(result.flows() >= 300, "the corpus holds more than 300 cloud flows; read " + result.flows());
        assertTrue(result.solutions().size() >= 100, "read " + result.solutions().size() + " artifacts");
    }
}
