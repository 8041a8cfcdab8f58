package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Include and exclude patterns read as in other Maven plugins (Ant style), ignoring case. */
class DiscoveryScopeTest {

    private static boolean matches(String pattern, String path) {
        return DiscoveryScope.compile(pattern).matcher(path).matches();
    }

    @Test
    void antStylePatterns() {
        // pattern, path, matches
        Object[][] table = {
            {"**/bin/**", "bin", true},
            {"**/bin/**", "bin/Release/Core.zip", true},
            {"**/bin/**", "src/Core/bin/Debug/Core.zip", true},
            {"**/bin/**", "binaries/Core.zip", false},
            {"src/**", "src/Core", true},
            {"src/**", "other/src/Core", false},
            {"*.zip", "Core.zip", true},
            {"*.zip", "out/Core.zip", false},
            {"**/*.zip", "out/Core.zip", true},
            {"**/*.zip", "Core.zip", true},
            {"legacy/", "legacy/Old/Workflows", true},
            {"./src/Core", "src/Core", true},
            {"src\\Core", "src/Core", true},
            {"SRC/core?", "src/Core1", true},
            {"src/core?", "src/Core12", false},
        };
        for (Object[] row : table) {
            assertEquals(row[2], matches((String) row[0], (String) row[1]), row[0] + " on " + row[1]);
        }
    }

    @Test
    void buildOutputToolFoldersAndModulesAreNeverEntered() {
        DiscoveryScope scope = new DiscoveryScope(List.of(Path.of("/repo/hr")), List.of(), List.of("**/legacy/**"));

        for (String folder : List.of("bin", "OBJ", "target", "out", "node_modules", ".git", ".svn", ".hg", ".vs", ".idea")) {
            assertEquals(false, scope.enters(Path.of("/repo/src").resolve(folder), "src/" + folder), folder);
        }
        assertEquals(false, scope.enters(Path.of("/repo/hr"), "hr"), "a module's folder is the module's");
        assertEquals(false, scope.enters(Path.of("/repo/src/legacy"), "src/legacy"));
        assertEquals(true, scope.enters(Path.of("/repo/src/binaries"), "src/binaries"));
        assertEquals(true, scope.takes("src/Core"));
        assertEquals(false, scope.takes("src/legacy/Old"));
    }
}
