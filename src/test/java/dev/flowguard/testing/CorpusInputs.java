package dev.flowguard.testing;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.Discovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared corpus as scan inputs, and its one scan per test run: every artifact discovery finds, and every
 * loose flow and Logic Apps definition SOURCES.tsv lists. The Logic Apps repositories under {@code logicapps/}
 * are left out: their own test reads them.
 */
public final class CorpusInputs {

    /** The Logic Apps part of the corpus, which the Power Automate expectations do not cover. */
    public static final String LOGIC_APPS = "logicapps/";

    private CorpusInputs() {
    }

    public static List<ScanInput> of(Path corpus) throws IOException {
        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : Discovery.find(corpus)) {
            add(corpus, artifact, inputs);
        }
        try (Stream<String> lines = Files.lines(corpus.resolve("SOURCES.tsv"))) {
            for (String[] columns : lines.skip(1).map(line -> line.split("\t")).toList()) {
                if (columns.length >= 6 && (columns[5].equals("flow-json") || columns[5].equals("logicapp-json"))
                        && columns[0].toLowerCase(Locale.ROOT).endsWith(".json")) {
                    add(corpus, corpus.resolve(columns[0]), inputs);
                }
            }
        }
        return inputs;
    }

    private static void add(Path corpus, Path artifact, List<ScanInput> into) {
        String name = corpus.relativize(artifact).toString().replace('\\', '/');
        if (!name.startsWith(LOGIC_APPS)) {
            into.add(new ScanInput(artifact, name));
        }
    }

    /** The corpus scanned once with the built-in rules, shared by every test that reads its findings. */
    public static Optional<ScanResult> scanned() {
        return Optional.ofNullable(Once.RESULT);
    }

    /** Initialised on first use, by the class loader: one scan however many tests ask, and none without a corpus. */
    private static final class Once {
        static final ScanResult RESULT = scan();

        private static ScanResult scan() {
            Optional<Path> corpus = Corpus.root();
            if (corpus.isEmpty()) {
                return null;
            }
            try {
                return new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(of(corpus.get())), ScanListener.SILENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
