package dev.flowguard.solution;

import java.util.ArrayList;
import java.util.List;

/**
 * What a zip and a folder have in common: entries listed once up front, the problems met while listing, and
 * how a file inside is named: the artifact's name, a separator ({@code !} in a zip, {@code /} in a folder),
 * then the path inside.
 */
abstract class ListedContents implements ArtifactContents {

    final String displayName;
    final ReadLimits limits;
    final List<ContentEntry> entries = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    private final String separator;

    ListedContents(String displayName, String separator, ReadLimits limits) {
        this.displayName = displayName;
        this.separator = separator;
        this.limits = limits;
    }

    /** How findings name the file at {@code path} inside this artifact, control characters made visible. */
    final String located(String path) {
        String printable = EntryNames.printable(path);
        return displayName.isEmpty() ? printable : displayName + separator + printable;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final String displayPath(ContentEntry entry) {
        return located(entry.path());
    }

    @Override
    public final String solutionRelative(String displayPath) {
        String prefix = displayName + separator;
        return displayPath.startsWith(prefix) ? displayPath.substring(prefix.length()) : displayPath;
    }

    @Override
    public final List<ContentEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public final List<ReadProblem> problems() {
        return List.copyOf(problems);
    }
}
