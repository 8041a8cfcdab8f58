package dev.flowguard.check;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.SuppressionEntry;
import dev.flowguard.suppress.Suppressions;
import dev.flowguard.suppress.SuppressionsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the suppressions file and the baseline: a file the configuration names must exist (a typo
 * must not silently accept nothing); unnamed, the default file in the base directory is used when present.
 */
final class SuppressionSources {

    static final String SUPPRESSIONS = "flowguard-suppressions.xml";
    static final String BASELINE = "flowguard-baseline.json";

    private SuppressionSources() {
    }

    /** @param withBaseline false when the baseline is what is being rewritten */
    static Suppressions load(CheckRequest request, RuleRegistry registry, boolean withBaseline) throws CheckException {
        Path basedir = request.basedir();
        try {
            Optional<Path> suppressions = existing(request.suppressionsFile(), basedir, SUPPRESSIONS, "suppressionsFile");
            List<SuppressionEntry> entries = suppressions.map(p -> SuppressionsFile.read(p, id -> registry.rule(id).isPresent()))
                    .orElse(List.of());
            String entriesSource = suppressions.map(p -> Inputs.display(p, basedir)).orElse(SUPPRESSIONS);
            if (!withBaseline) {
                return new Suppressions(entries, entriesSource, null, "");
            }
            Optional<Path> baseline = existing(request.baselineFile(), basedir, BASELINE, "baselineFile");
            return new Suppressions(entries, entriesSource, baseline.map(Baseline::read).orElse(null),
                    baseline.map(p -> Inputs.display(p, basedir)).orElse(BASELINE));
        } catch (IllegalArgumentException e) {
            throw CheckException.misconfigured(e.getMessage());
        }
    }

    /** Where the baseline goal writes: the named file, else the default one in the base directory. */
    static Path baselineTarget(CheckRequest request) {
        return request.baselineFile() == null ? request.basedir().resolve(BASELINE)
                : resolve(request.baselineFile(), request.basedir());
    }

    private static Optional<Path> existing(Path configured, Path basedir, String defaultName, String parameter) {
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

    private static Path resolve(Path path, Path basedir) {
        return (path.isAbsolute() ? path : basedir.resolve(path)).toAbsolutePath().normalize();
    }
}
