package dev.flowguard.solution;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Finds the artifacts in a folder tree: packed solutions and legacy flow packages (zips), unpacked
 * solution folders ({@code Other/Solution.xml}, or {@code solution.xml} beside {@code Workflows}), flow
 * package folders, deployment settings files, and Azure Logic Apps (Standard project folders, ARM templates and
 * workflow files, see {@link LogicAppDiscovery}), within a {@link DiscoveryScope} (which always leaves out build
 * output and tool folders).
 */
public final class Discovery {

    private Discovery() {
    }

    /**
     * What a path the user named stands for: a file or an artifact folder is itself; any other folder
     * (a repository, say) stands for the artifacts found in it, or for its loose flow files when it has none.
     */
    public static List<Path> expand(Path named) throws IOException {
        return expand(named, DiscoveryScope.EVERYTHING);
    }

    /** As {@link #expand(Path)}, searching a plain folder within {@code scope}. */
    public static List<Path> expand(Path named, DiscoveryScope scope) throws IOException {
        if (!Files.isDirectory(named) || isSolutionFolder(named) || isFlowPackageFolder(named)
                || childIgnoringCase(named, "workflows") != null || LogicAppDiscovery.isStandardProject(named)) {
            return List.of(named);
        }
        List<Path> found = find(named, scope);
        return found.isEmpty() ? List.of(named) : found;
    }

    public static List<Path> find(Path root) throws IOException {
        return find(root, DiscoveryScope.EVERYTHING);
    }

    /** The artifacts under {@code root}, in walk order, that {@code scope} takes. */
    public static List<Path> find(Path root, DiscoveryScope scope) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String relative = relative(root, dir);
                if (!dir.equals(root) && !scope.enters(dir, relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isSolutionFolder(dir) || isFlowPackageFolder(dir) || LogicAppDiscovery.isStandardProject(dir)) {
                    if (dir.equals(root) || scope.takes(relative)) {
                        found.add(dir);
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (attrs.isRegularFile() && scope.takes(relative(root, file))
                        && (lower.endsWith(".zip") && isSolutionZip(file) || DeploymentSettingsReader.isSettingsName(name)
                                || LogicAppDiscovery.isWorkflowFile(file) || LogicAppDiscovery.isDeploymentFile(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable corner of the project is not an artifact; named inputs report their errors
                return FileVisitResult.CONTINUE;
            }
        });
        // walk order is the file system's: sort, so every machine scans and reports in the same order
        found.sort(java.util.Comparator.comparing(Path::toString));
        return found;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** {@code Other/Solution.xml} (unpacked), or {@code solution.xml} at the top (extracted zip). */
    public static boolean isSolutionFolder(Path dir) {
        return childIgnoringCase(dir, "other") != null && childIgnoringCase(childIgnoringCase(dir, "other"), "solution.xml") != null
                || childIgnoringCase(dir, "solution.xml") != null && childIgnoringCase(dir, "customizations.xml") != null;
    }

    /** A legacy flow package folder: {@code manifest.json} beside {@code Microsoft.Flow}. */
    public static boolean isFlowPackageFolder(Path dir) {
        return childIgnoringCase(dir, "manifest.json") != null && childIgnoringCase(dir, "microsoft.flow") != null;
    }

    static Path childIgnoringCase(Path dir, String name) {
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        Path exact = dir.resolve(name);
        if (Files.exists(exact)) {
            return exact;
        }
        try (var children = Files.list(dir)) {
            return children.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Peeks at a zip's entry names: a solution holds solution.xml at its root, a legacy package
     * holds {@code manifest.json}. Other zips in a repository (tooling, assets) are not artifacts.
     */
    static boolean isSolutionZip(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            // the central directory lists names without inflating anything
            return file.stream().map(e -> EntryNames.lower(EntryNames.normalize(e.getName())))
                    .anyMatch(n -> n.equals("solution.xml") || n.equals("manifest.json") || n.startsWith("microsoft.flow/"));
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable .zip is most likely a broken solution: let the reader report it as FG901
            return true;
        }
    }
}
