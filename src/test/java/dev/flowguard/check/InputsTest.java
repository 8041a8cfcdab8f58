package dev.flowguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.scan.ScanInput;
import dev.flowguard.testing.SolutionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which artifacts a check reads: named ones, or the project's own plus what discovery finds, each once. */
class InputsTest {

    @TempDir
    Path project;

    private List<String> names(CheckRequest.Builder request) throws CheckException {
        return Inputs.of(request.build()).stream().map(ScanInput::displayName).toList();
    }

    @Test
    void takesTheProjectsOwnSolutionArtifactThenWhatDiscoveryFinds() throws Exception {
        Path built = new SolutionBuilder("Core").writePacked(project.resolve("target/Core_1_0_0_1_managed.zip"));
        new SolutionBuilder("Core").writeUnpacked(project.resolve("src"));

        assertEquals(List.of("target/Core_1_0_0_1_managed.zip", "src"),
                names(CheckRequest.builder(project).projectArtifacts(List.of(built))));
    }

    @Test
    void namedSolutionsReplaceDiscoveryAreListedOnceAndHaveTheirBlanksTrimmed() throws Exception {
        Path zip = new SolutionBuilder("Core").writePacked(project.resolve("out/Core.zip"));
        new SolutionBuilder("Other").writeUnpacked(project.resolve("src"));
        new SolutionBuilder("Hr").writeUnpacked(project.resolve("hr"));

        // -Dflowguard.solutions=out/Core.zip, hr arrives as "out/Core.zip" and " hr"
        assertEquals(List.of("out/Core.zip", "hr"),
                names(CheckRequest.builder(project).solutions(List.of("out/Core.zip", zip.toString(), " hr", " "))));
    }

    @Test
    void aNamedSolutionThatDoesNotExistIsAConfigurationError() {
        CheckException error = assertThrows(CheckException.class,
                () -> names(CheckRequest.builder(project).solutions(List.of("solutoins/Contoso.zip"))));

        assertEquals(CheckException.Kind.CONFIGURATION, error.kind());
        assertEquals("solutions: 'solutoins/Contoso.zip' does not exist (looked for "
                + project.toAbsolutePath().normalize().resolve("solutoins/Contoso.zip") + ")", error.getMessage());
    }

    @Test
    void discoveryLeavesOutBuildOutputAndToolFolders() throws Exception {
        new SolutionBuilder("Core").writeUnpacked(project.resolve("src/Core"));
        for (String folder : List.of("bin/Release", "obj/Debug", "target", "out", "node_modules/x", ".git", ".vs", ".idea")) {
            new SolutionBuilder("Core").writePacked(project.resolve(folder).resolve("Core.zip"));
        }

        assertEquals(List.of("src/Core"), names(CheckRequest.builder(project)));
    }

    @Test
    void aParentLeavesItsModulesFoldersToThem() throws Exception {
        new SolutionBuilder("Shared").writeUnpacked(project.resolve("shared"));
        new SolutionBuilder("Hr").writeUnpacked(project.resolve("hr/solution"));
        new SolutionBuilder("Expenses").writeUnpacked(project.resolve("modules/expenses/solution"));

        assertEquals(List.of("shared"), names(CheckRequest.builder(project)
                .modules(List.of(project.resolve("hr"), project.resolve("modules/expenses")))));
    }

    @Test
    void includesAndExcludesNarrowDiscoveryAsAntPatterns() throws Exception {
        new SolutionBuilder("Core").writeUnpacked(project.resolve("src/Core"));
        new SolutionBuilder("Legacy").writeUnpacked(project.resolve("src/legacy/Old"));
        new SolutionBuilder("Tool").writePacked(project.resolve("tools/Tool.zip"));
        Files.writeString(project.resolve("src/prod.deploymentsettings.json"), "{}");

        assertEquals(List.of("src/Core", "src/prod.deploymentsettings.json"), names(CheckRequest.builder(project)
                .includes(List.of("src/**")).excludes(List.of("**/legacy/**"))));
        assertEquals(List.of("src/Core", "tools/Tool.zip"), names(CheckRequest.builder(project)
                .excludes(List.of("src/LEGACY/", "*.json", "**/*.json"))));
        assertTrue(names(CheckRequest.builder(project).includes(List.of("nowhere/**"))).isEmpty());
    }
}
