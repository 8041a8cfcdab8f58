package dev.flowguard.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared corpus of real public solutions, when the checkout has it beside the project. */
public final class Corpus {

    private Corpus() {
    }

    public static Optional<Path> root() {
        String configured = System.getProperty("flowguard.corpus");
        Path path = configured != null ? Path.of(configured) : Path.of("../shared/corpus");
        return Files.isDirectory(path) ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
    }
}
