package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.testing.SolutionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    private static final String FLOW = "{\"properties\":{\"definition\":{\"triggers\":{},\"actions\":{}}}}";

    @TempDir
    Path repo;

    private List<String> found(Path root) throws Exception {
        return Discovery.find(root).stream().map(p -> repo.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }

    @Test
    void findsSolutionsSettingsAndPackagesButNotBuildOutputOrOtherZips() throws Exception {
        SolutionBuilder core = new SolutionBuilder("Core").flow("A-11111111-1111-1111-1111-111111111111.json", FLOW);
        core.writeUnpacked(repo.resolve("solutions/Core/src"));
        core.writePacked(repo.resolve("releases/Core_1_0_0_1.zip"));
        core.writePacked(repo.resolve("target/Core_1_0_0_2.zip"));
        core.writeUnpacked(repo.resolve("node_modules/some-package/src"));
        core.writeUnpacked(repo.resolve(".git/lost"));
        Files.createDirectories(repo.resolve("tools"));
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(repo.resolve("tools/icons.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("icon.png"));
            zip.write(new byte[] {1, 2, 3});
        }
        Files.writeString(repo.resolve("deploymentsettings.test.json"), "{\"EnvironmentVariables\":[]}");
        Files.writeString(repo.resolve("package.json"), "{}");

        assertEquals(List.of("deploymentsettings.test.json", "releases/Core_1_0_0_1.zip", "solutions/Core/src"), found(repo));
    }

    @Test
    void doesNotLookInsideAFoundSolutionForMoreSolutions() throws Exception {
        Path solution = new SolutionBuilder("Outer").flow("A-11111111-1111-1111-1111-111111111111.json", FLOW)
                .writeUnpacked(repo.resolve("Outer"));
        new SolutionBuilder("Inner").writeUnpacked(solution.resolve("Inner"));
        assertEquals(List.of("Outer"), found(repo));
    }

    @Test
    void expandsANamedRepositoryButKeepsANamedSolutionOrFlowFolder() throws Exception {
        Path solution = new SolutionBuilder("Core").writeUnpacked(repo.resolve("src"));
        assertEquals(List.of(solution), Discovery.expand(solution));
        assertEquals(List.of(solution), Discovery.expand(repo));

        Path flows = repo.resolve("exported");
        Files.createDirectories(flows.resolve("Workflows"));
        Files.writeString(flows.resolve("Workflows/A.json"), FLOW);
        assertEquals(List.of(flows), Discovery.expand(flows));

        Path loose = Files.createDirectories(repo.resolve("loose"));
        Files.writeString(loose.resolve("flow.json"), FLOW);
        assertEquals(List.of(loose), Discovery.expand(loose), "a folder with no artifact is read as a folder of flows");
    }
}
