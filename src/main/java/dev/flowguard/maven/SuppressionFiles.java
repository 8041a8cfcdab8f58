package dev.flowguard.maven;

import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.SuppressionEntry;
import dev.flowguard.suppress.Suppressions;
import dev.flowguard.suppress.SuppressionsFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads {@code suppressionsFile} and {@code baselineFile}: a file the pom names must exist (a typo
 * must not silently accept nothing); unnamed, the default file in the base directory is used when present.
 */
final class SuppressionFiles {

    static final String SUPPRESSIONS = "flowguard-suppressions.xml";
    static final String BASELINE = "flowguard-baseline.json";

    private SuppressionFiles() {
    }

    /** @throws IllegalArgumentException for a named file that is missing or a file that cannot be read */
    static Suppressions load(File suppressionsFile, File baselineFile, Path basedir, boolean withBaseline) {
        Optional<Path> suppressions = existing(suppressionsFile, basedir, SUPPRESSIONS, "suppressionsFile");
        List<SuppressionEntry> entries = suppressions.map(SuppressionsFile::read).orElse(List.of());
        String entriesSource = suppressions.map(p -> CheckRequestBuilder.display(p, basedir)).orElse(SUPPRESSIONS);
        if (!withBaseline) {
            return new Suppressions(entries, entriesSource, null, "");
        }
        Optional<Path> baseline = existing(baselineFile, basedir, BASELINE, "baselineFile");
        return new Suppressions(entries, entriesSource, baseline.map(Baseline::read).orElse(null),
                baseline.map(p -> CheckRequestBuilder.display(p, basedir)).orElse(BASELINE));
    }

    /** Where the baseline goal writes: the named file, else the default one in the base directory. */
    static Path baselineTarget(File baselineFile, Path basedir) {
        return baselineFile == null ? basedir.resolve(BASELINE) : resolve(baselineFile, basedir);
    }

    private static Optional<Path> existing(File configured, Path basedir, String defaultName, String parameter) {
        if (configured == null) {
            Path fallback = basedir.resolve(defaultName);
            return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
        }
        Path path = resolve(configured, basedir);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(parameter + ": no file at " + path);
        }
        return Optional.of(path);
    }

    private static Path resolve(File file, Path basedir) {
        Path path = file.toPath();
        return (path.isAbsolute() ? path : basedir.resolve(path)).toAbsolutePath().normalize();
    }
}
