package dev.flowguard.bench;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.CorpusInputs;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints every corpus finding in the shape of src/test/resources/corpus/reviewed-findings.tsv (severity, rule,
 * file, pointer), then the message with the secret in clear, for the review by hand that file records. A main,
 * never run by the build, since it shows secrets.
 * <pre>java -cp ... dev.flowguard.bench.CorpusReview ../shared/corpus</pre>
 */
public final class CorpusReview {

    private CorpusReview() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        ScanRequest request = new ScanRequest(CorpusInputs.of(corpus), ReadLimits.DEFAULTS, new Redactor(true), Map.of());
        for (Finding f : new Scanner(RuleRegistry.builtIn(), 2).scan(request, ScanListener.SILENT).findings()) {
            System.out.println(f.severity() + "\t" + f.ruleId() + "\t" + f.file() + "\t"
                    + (f.jsonPointer() == null ? "-" : f.jsonPointer()) + "\t" + f.message());
        }
    }
}
