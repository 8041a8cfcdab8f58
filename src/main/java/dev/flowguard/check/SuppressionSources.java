package dev.flowguard.check;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.SuppressionEntry;
import dev.flowguard.suppress.Suppressions;
import dev.flowguard.suppress.SuppressionsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the suppressions file and the baseline. Unnamed, {@code flowguard-suppressions.xml} and
 * {@code flowguard-baseline.json} are looked for in the project's folder, then in each folder above it up to the
 * reactor root, so one file at the root serves every module; a relative path the configuration names (perhaps in
 * the parent's pom, inherited by every module) is looked for the same way, and must exist (a typo must not
 * silently accept nothing). Messages and reports name the files from the reactor root, never by an absolute path
 * under it.
 */
final class SuppressionSources {

    static final String SUPPRESSIONS = "flowguard-suppressions.xml";
    static final String BASELINE = "flowguard-baseline.json";

    private SuppressionSources() {
    }

    /** @param withBaseline false when the baseline is what is being rewritten */
    static Suppressions load(CheckRequest request, RuleRegistry registry, boolean withBaseline) throws CheckException {
        try {
            Optional<Path> suppressions = locate(request.suppressionsFile(), SUPPRESSIONS, "suppressionsFile", request);
            List<SuppressionEntry> entries = suppressions.map(p -> SuppressionsFile.read(p, id -> registry.rule(id).isPresent()))
                    .orElse(List.of());
            String entriesSource = suppressions.map(p -> name(p, request)).orElse(SUPPRESSIONS);
            boolean entriesShared = suppressions.map(p -> shared(p, request)).orElse(false);
            if (!withBaseline) {
                return new Suppressions(entries, entriesSource, entriesShared, null, "", false, request.project());
            }
            Optional<Path> baseline = locate(request.baselineFile(), BASELINE, "baselineFile", request);
            return new Suppressions(entries, entriesSource, entriesShared,
                    baseline.map(p -> Baseline.read(p, name(p, request))).orElse(null),
                    baseline.map(p -> name(p, request)).orElse(BASELINE),
                    baseline.map(p -> shared(p, request)).orElse(false), request.project());
        } catch (IllegalArgumentException e) {
            throw CheckException.misconfigured(e.getMessage());
        }
    }

    /**
     * Where the baseline goal writes: the baseline in use when there is one (the named file, or the default one
     * found in the project or above it), else a new one at the reactor root.
     */
    static Path baselineTarget(CheckRequest request) {
        Path configured = request.baselineFile();
        if (configured != null && configured.isAbsolute()) {
            return configured.normalize();
        }
        for (Path folder : folders(request)) {
            Path candidate = (configured == null ? folder.resolve(BASELINE) : folder.resolve(configured)).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path root = request.reactorRoot();
        return (configured == null ? root.resolve(BASELINE) : root.resolve(configured)).toAbsolutePath().normalize();
    }

    /**
     * Whether other modules of the reactor read the same file: it lies outside the project's own folder, or the
     * project is a parent, whose folder holds its modules' too (even built alone, with {@code -N}).
     */
    static boolean shared(Path file, CheckRequest request) {
        return !request.modules().isEmpty()
                || request.inReactor() && !file.toAbsolutePath().normalize().startsWith(request.basedir());
    }

    /** How messages name a file: from the reactor root when it is under it, else by its absolute path. */
    static String name(Path file, CheckRequest request) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = request.reactorRoot();
        return absolute.startsWith(root) && !absolute.equals(root)
                ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    private static Optional<Path> locate(Path configured, String defaultName, String parameter, CheckRequest request) {
        if (configured != null && configured.isAbsolute()) {
            Path path = configured.normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(parameter + ": no file at " + path);
            }
            return Optional.of(path);
        }
        List<Path> looked = new ArrayList<>();
        for (Path folder : folders(request)) {
            Path candidate = folder.resolve(configured == null ? Path.of(defaultName) : configured).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            looked.add(candidate);
        }
        if (configured == null) {
            return Optional.empty();
        }
        throw new IllegalArgumentException(parameter + ": no file at " + looked.get(0)
                + (looked.size() > 1 ? " nor at " + looked.get(looked.size() - 1) : ""));
    }

    /** The project's folder, then each folder above it up to the reactor root. */
    private static List<Path> folders(CheckRequest request) {
        List<Path> folders = new ArrayList<>();
        Path basedir = request.basedir();
        Path root = request.reactorRoot();
        folders.add(basedir);
        if (basedir.startsWith(root)) {
            for (Path folder = basedir.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        return folders;
    }
}
