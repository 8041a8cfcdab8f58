package dev.flowguard.bench;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.Scanner;
import dev.flowguard.testing.CorpusInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every finding of a full scan of the corpus and of the benchmark solution, one per line, so that a
 * performance change can be shown to change no finding: run it before and after, and diff the two files.
 * A main, not a test: the snapshot is only meaningful between two commits of the same rules.
 * <pre>java -cp ... dev.flowguard.bench.FindingsSnapshot ../shared/corpus target/findings.txt [flows]</pre>
 */
public final class FindingsSnapshot {

    private FindingsSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        int flows = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        Path zip = Files.createTempFile("flowguard-snapshot", ".zip");
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            write(writer, scan(ScanRequest.of(CorpusInputs.of(corpus))));
            BenchmarkSolution.write(zip, BenchmarkSolution.corpusFlows(corpus), flows);
            write(writer, scan(ScanRequest.of(List.of(new ScanInput(zip, "BenchSolution.zip")))));
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static List<Finding> scan(ScanRequest request) {
        return new Scanner(RuleRegistry.builtIn(), 1).scan(request, ScanListener.SILENT).findings();
    }

    private static void write(PrintWriter writer, List<Finding> findings) {
        for (Finding f : findings) {
            writer.println(String.join("\t", f.ruleId(), f.severity().toString(), f.file(), String.valueOf(f.line()),
                    String.valueOf(f.column()), String.valueOf(f.jsonPointer()), String.valueOf(f.actionPath()),
                    f.message(), f.fingerprint()));
        }
    }
}
