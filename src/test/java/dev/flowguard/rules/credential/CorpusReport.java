package dev.flowguard.rules.credential;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import java.nio.file.Path;

/**
 * Prints every FG1xx finding on the corpus, for reviewing verdicts by hand. After {@code mvn -B -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.flowguard.rules.credential.CorpusReport ../shared/corpus}
 * with {@code cp.txt} from {@code mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class CorpusReport {

    private CorpusReport() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        long start = System.nanoTime();
        ScanResult result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(Corpus.inputs(corpus)), ScanListener.SILENT);
        int count = 0;
        for (Finding f : result.findings()) {
            if (f.ruleId().startsWith("FG1")) {
                count++;
                System.out.println(f.severity() + " " + f.ruleId() + " " + f.where() + " " + f.actionPath() + ": " + f.message());
            }
        }
        System.out.printf("%d FG1xx findings, %d flows, %d ms%n", count, result.flows(), (System.nanoTime() - start) / 1_000_000);
    }
}
