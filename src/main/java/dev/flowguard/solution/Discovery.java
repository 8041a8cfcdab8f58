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
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Finds the artifacts in a folder tree: packed solutions and legacy flow packages (zips), unpacked
 * solution folders ({@code Other/Solution.xml}, or {@code solution.xml} beside {@code Workflows}), flow
 * package folders, deployment settings files, and Azure Logic Apps (Standard project folders, ARM templates and
 * workflow files, see {@link LogicAppDiscovery}). Build output, VCS data and node modules are skipped.
 */
public final class Discovery {

    private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".svn", ".hg");

    private Discovery() {
    }

    /**
     * What a path the user named stands for: a file or an artifact folder is itself; any other folder
     * (a repository, say) stands for the artifacts found in it, or for its loose flow files when it has none.
     */
    public static List<Path> expand(Path named) throws IOException {
        if (!Files.isDirectory(named) || isSolutionFolder(named) || isFlowPackageFolder(named)
                || childIgnoringCase(named, "workflows") != null || LogicAppDiscovery.isStandardProject(named)) {
            return List.of(named);
        }
        List<Path> found = find(named);
        return found.isEmpty() ? List.of(named) : found;
    }

    public static List<Path> find(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!dir.equals(root) && SKIPPED.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isSolutionFolder(dir) || isFlowPackageFolder(dir) || LogicAppDiscovery.isStandardProject(dir)) {
                    found.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (attrs.isRegularFile() && (lower.endsWith(".zip") && isSolutionZip(file)
                        || DeploymentSettingsReader.isSettingsName(name)
                        || LogicAppDiscovery.isWorkflowFile(file))) {
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
        return found;
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
