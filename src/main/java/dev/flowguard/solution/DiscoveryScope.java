package dev.flowguard.solution;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which part of a folder tree discovery searches: never build output and tool folders (a {@code .cdsproj}
 * build leaves a copy of the solution under {@code bin/} and {@code obj/}, which would report every finding
 * again), never the folders given as someone else's (a parent project skips its modules, each scans its own),
 * and, when set, only paths matching the {@code includes} and none of the {@code excludes}.
 *
 * <p>Patterns are written as in other Maven plugins: relative to the searched folder, {@code /} between names,
 * {@code *} for part of a name, {@code **} for any number of folders ({@code **}{@code /bin/**},
 * {@code src/**}); a pattern ending in {@code /} means everything under it. They ignore case, as the file
 * systems Power Platform projects come from do.
 */
public final class DiscoveryScope {

    /** Folders that hold build output, dependencies or tool state, never a solution's source. */
    public static final Set<String> DEFAULT_EXCLUDED_FOLDERS = Set.of(
            "bin", "obj", "target", "out", "node_modules", ".git", ".svn", ".hg", ".vs", ".idea", ".vscode");

    public static final DiscoveryScope EVERYTHING = new DiscoveryScope(List.of(), List.of(), List.of());

    private final List<Path> skippedFolders;
    private final List<String> includes;
    private final List<String> excludes;
    private final List<Pattern> includePatterns;
    private final List<Pattern> excludePatterns;

    /**
     * @param skippedFolders folders not to enter (a project's modules), absolute or relative to the working directory
     * @param includes patterns an artifact must match one of; empty for every artifact
     * @param excludes patterns of artifacts and folders to leave out
     */
    public DiscoveryScope(List<Path> skippedFolders, List<String> includes, List<String> excludes) {
        this.skippedFolders = skippedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.includes = clean(includes);
        this.excludes = clean(excludes);
        this.includePatterns = this.includes.stream().map(DiscoveryScope::compile).toList();
        this.excludePatterns = this.excludes.stream().map(DiscoveryScope::compile).toList();
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** Whether discovery enters a folder below the searched root. */
    boolean enters(Path folder, String relative) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString().toLowerCase(Locale.ROOT);
        if (DEFAULT_EXCLUDED_FOLDERS.contains(name)) {
            return false;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        return !skippedFolders.contains(absolute) && !matchesAny(excludePatterns, relative);
    }

    /** Whether an artifact found at {@code relative} (from the searched root) is scanned. */
    boolean takes(String relative) {
        return (includePatterns.isEmpty() || matchesAny(includePatterns, relative)) && !matchesAny(excludePatterns, relative);
    }

    private static boolean matchesAny(List<Pattern> patterns, String relative) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relative).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> clean(List<String> patterns) {
        return patterns == null ? List.of()
                : patterns.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    }

    /** An Ant-style pattern as a regular expression over {@code /}-separated relative paths. */
    static Pattern compile(String pattern) {
        String glob = pattern.replace('\\', '/');
        while (glob.startsWith("./")) {
            glob = glob.substring(2);
        }
        if (glob.endsWith("/")) {
            glob += "**";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("/**", i) && i + 3 == glob.length()) {
                regex.append("(?:/.*)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else {
                char c = glob.charAt(i++);
                if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
