package dev.flowguard.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.TestSolutions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals as Maven runs them: write a baseline, pass on it, fail on a new leak, and write every report. */
@MojoTest
class BaselineRoundTripMojoTest {

    @TempDir
    Path work;

    @Test
    @InjectMojo(goal = "baseline", pom = "classpath:/mojo/pom.xml")
    void baselineThenCheckFailsOnlyOnNewFindings(BaselineMojo baseline) throws Exception {
        Path solution = copy(TestSolutions.contosoIntake(), work.resolve("ContosoIntake"));
        File baselineFile = work.resolve("flowguard-baseline.json").toFile();
        setVariableValueToObject(baseline, "solutions", new String[] {solution.toString()});
        setVariableValueToObject(baseline, "baselineFile", baselineFile.toString());
        setVariableValueToObject(baseline, "failIfNoFlows", "true");

        baseline.execute();
        assertTrue(Files.readString(baselineFile.toPath()).contains("IntakeWebhook-B38B49EE"));

        CheckMojo check = check(solution, baselineFile);
        assertDoesNotThrow(check::execute);
        for (String report : new String[] {"flowguard.sarif", "flowguard.json", "flowguard.html", "flowguard-junit.xml"}) {
            assertTrue(Files.isRegularFile(work.resolve("reports").resolve(report)), report);
        }

        Path leak = solution.resolve("Workflows/OrdersWebhook-0F6E3C55-1A2B-4C3D-8E9F-001122334455.json");
        Files.copy(solution.resolve("Workflows/IntakeWebhook-B38B49EE-41FC-EB11-94EF-002248237D7D.json"), leak);
        MojoFailureException failure = assertThrows(MojoFailureException.class, check(solution, baselineFile)::execute);
        assertTrue(failure.getMessage().startsWith("flowguard found 1 finding at HIGH or above"), failure.getMessage());
    }

    private CheckMojo check(Path solution, File baselineFile) throws Exception {
        CheckMojo check = new CheckMojo();
        setVariableValueToObject(check, "solutions", new String[] {solution.toString()});
        setVariableValueToObject(check, "baselineFile", baselineFile.toString());
        setVariableValueToObject(check, "failOnSeverity", "HIGH");
        setVariableValueToObject(check, "failIfNoFlows", "true");
        setVariableValueToObject(check, "formats", "console,sarif,json,html,junit");
        setVariableValueToObject(check, "outputDirectory", work.resolve("reports").toFile());
        return check;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
