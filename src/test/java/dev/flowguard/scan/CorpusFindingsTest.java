package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.testing.CorpusInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every finding flowguard makes on the shared corpus of real public solutions, against the list reviewed by hand
 * in {@code src/test/resources/corpus/reviewed-findings.tsv}, where each carries its verdict. A finding that is new,
 * or one that is gone, fails this test until someone has looked at it and recorded what it is: on real flows nobody
 * wrote for flowguard, a false alarm is a bug and so is a missed leak.
 */
class CorpusFindingsTest {

    private static final String REVIEWED = "/corpus/reviewed-findings.tsv";

    @Test
    void everyCorpusFindingIsAReviewedOne() throws IOException {
        ScanResult result = CorpusInputs.scanned().orElse(null);
        Assumptions.assumeTrue(result != null, "../shared/corpus is not beside this checkout; skipped");
        assertTrue(result.flows() >= 300, "the corpus holds more than 300 cloud flows; read " + result.flows());

        Set<String> found = new TreeSet<>();
        for (Finding finding : result.findings()) {
            found.add(key(finding));
        }
        Set<String> reviewed = new TreeSet<>(reviewedKeys());
        List<String> unreviewed = found.stream().filter(k -> !reviewed.contains(k)).toList();
        List<String> gone = reviewed.stream().filter(k -> !found.contains(k)).toList();
        assertEquals(List.of(), unreviewed, "findings not in " + REVIEWED + ": review each, then add it with its verdict");
        assertEquals(List.of(), gone, "reviewed findings flowguard no longer makes: right or wrong, say so there");
    }

    /** What identifies a finding across runs: its severity, rule, file and where in the file. */
    static String key(Finding finding) {
        return finding.severity() + "\t" + finding.ruleId() + "\t" + finding.file() + "\t"
                + (finding.jsonPointer() == null ? "-" : finding.jsonPointer());
    }

    /** The reviewed list's keys: its first four columns; {@code #} starts a comment line. */
    private static List<String> reviewedKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = CorpusFindingsTest.class.getResourceAsStream(REVIEWED)) {
            assertTrue(in != null, REVIEWED + " is missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                keys.add(String.join("\t", columns[0], columns[1], columns[2], columns[3]));
            }
        }
        return keys;
    }
}
