package dev.flowguard.check;

import dev.flowguard.scan.ScanInput;
import dev.flowguard.solution.Discovery;
import dev.flowguard.solution.DiscoveryScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which artifacts a check reads: those named, or the project's own plus what discovery finds. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Each artifact once, however many ways it was found.
     *
     * @throws CheckException for a named path that does not exist, or a folder that cannot be searched
     */
    static List<ScanInput> of(CheckRequest request) throws CheckException {
        Path basedir = request.basedir();
        DiscoveryScope scope = new DiscoveryScope(request.modules(), request.includes(), request.excludes());
        Map<Path, ScanInput> inputs = new LinkedHashMap<>();
        List<String> named = request.solutions().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            if (!named.isEmpty()) {
                for (String name : named) {
                    Path path = Path.of(name);
                    Path absolute = (path.isAbsolute() ? path : basedir.resolve(path)).normalize();
                    if (!Files.exists(absolute)) {
                        // a typo must stop the build, not become a finding a lower failOnSeverity lets through
                        throw CheckException.misconfigured("solutions: '" + name + "' does not exist (looked for "
                                + absolute + ")");
                    }
                    for (Path expanded : Discovery.expand(absolute, scope)) {
                        add(inputs, expanded, basedir);
                    }
                }
                return new ArrayList<>(inputs.values());
            }
            for (Path artifact : request.projectArtifacts()) {
                add(inputs, artifact, basedir);
            }
            if (Files.isDirectory(basedir)) {
                for (Path found : Discovery.find(basedir, scope)) {
                    add(inputs, found, basedir);
                }
            }
        } catch (IOException e) {
            throw new CheckException(CheckException.Kind.IO, "cannot search " + basedir + " for solutions: "
                    + ReportFiles.reason(e), e);
        }
        return new ArrayList<>(inputs.values());
    }

    private static void add(Map<Path, ScanInput> inputs, Path path, Path basedir) {
        Path normalized = path.toAbsolutePath().normalize();
        inputs.putIfAbsent(normalized, new ScanInput(normalized, display(normalized, basedir)));
    }

    /** Paths under the project are shown relative to it, so reports read the same on every machine. */
    static String display(Path path, Path basedir) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.equals(base) ? absolute.getFileName().toString() : absolute.toString();
    }
}
