package dev.flowguard.bench;

import dev.flowguard.rules.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.CorpusInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints every corpus finding with its secret in clear, for the review by hand that the reviewed list in
 * src/test/resources/corpus-findings.tsv records. A main, never run by the build (it shows secrets).
 * <pre>java -cp ... dev.flowguard.bench.CorpusReview ../shared/corpus</pre>
 */
public final class CorpusReview {

    private CorpusReview() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        List<ScanInput> inputs = CorpusInputs.of(corpus);
        List<Finding> findings = new Scanner(RuleRegistry.builtIn(), 2)
                .scan(new ScanRequest(inputs, ReadLimits.DEFAULTS, new Redactor(true), Map.of()), ScanListener.SILENT)
                .findings();
        for (Finding f : findings) {
            System.out.println(f.severity() + "\t" + f.ruleId() + "\t" + f.file() + "\t" + f.jsonPointer() + "\t"
                    + f.message());
        }
    }
}
