package dev.flowguard.rules.credential;

import dev.flowguard.scan.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The shared corpus of real solutions and flow files, as scan inputs: every artifact, and every loose JSON file. */
final class Corpus {

    private Corpus() {
    }

    /** The corpus folder, or null when this machine has none. */
    static Path location() {
        String property = System.getProperty("flowguard.corpus");
        if (property == null || property.isBlank()) {
            return null;
        }
        Path path = Path.of(property);
        return Files.isDirectory(path) ? path : null;
    }

    static List<ScanInput> inputs(Path corpus) throws IOException {
        List<Path> artifacts = dev.flowguard.solution.Discovery.find(corpus);
        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : artifacts) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString()));
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(f -> artifacts.stream().noneMatch(a -> f.startsWith(a)))
                    .sorted()
                    .forEach(f -> inputs.add(new ScanInput(f, corpus.relativize(f).toString())));
        }
        return inputs;
    }
}
