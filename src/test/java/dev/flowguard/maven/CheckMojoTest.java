package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The check goal as Maven configures and runs it, on the bundled sample solution. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";
    private static final String SAMPLE = "samples/ContosoExpenses";

    private static Path projectDir() {
        return Path.of("").toAbsolutePath();
    }

    private static CapturingLog run(CheckMojo mojo, boolean debug) throws Exception {
        CapturingLog log = new CapturingLog(debug);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "solutions", new String[] {projectDir().resolve(SAMPLE).toString()});
        return log;
    }

    private static void outputTo(CheckMojo mojo, Path directory) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", directory.toFile());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failsTheBuildOnAnOpenHttpTriggerAndSaysWhere(CheckMojo mojo) throws Exception {
        Path reports = Files.createTempDirectory("flowguard-mojo");
        CapturingLog log = run(mojo, false);
        outputTo(mojo, reports);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains("at HIGH or above"), failure.getMessage());
        assertTrue(log.lines("ERROR").stream().anyMatch(line -> line.startsWith(
                "HIGH FG401 samples/ContosoExpenses/Workflows/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01.json:")
                && line.contains(" manual: ")), log.all());
        assertTrue(log.lines("WARN").stream().anyMatch(line -> line.startsWith("INFO FG402 ")), "below the threshold: a warning");
        assertTrue(log.lines("INFO").stream().anyMatch(line -> line.startsWith("flowguard checked 3 cloud flows in 1 artifact")), log.all());

        JsonNode report = new ObjectMapper().readTree(reports.resolve("flowguard.json").toFile());
        assertEquals(3, report.at("/summary/flows").asInt());
        assertTrue(report.at("/summary/failed").asBoolean());
        assertEquals("FG401", report.at("/findings/0/ruleId").asText());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "NONE")
    void passesWithFindingsWhenThePolicyIsNone(CheckMojo mojo) throws Exception {
        CapturingLog log = run(mojo, false);
        outputTo(mojo, Files.createTempDirectory("flowguard-mojo"));

        mojo.execute();

        assertTrue(log.lines("ERROR").isEmpty(), log.all());
        assertTrue(log.lines("WARN").stream().anyMatch(line -> line.startsWith("HIGH FG401 ")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsWithoutFailingAsPmdUsersExpect(CheckMojo mojo) throws Exception {
        CapturingLog log = run(mojo, false);
        outputTo(mojo, Files.createTempDirectory("flowguard-mojo"));

        mojo.execute();

        assertTrue(log.lines("WARN").stream().anyMatch(line -> line.startsWith("HIGH FG401 ")), log.all());
        assertTrue(log.lines("INFO").contains("flowguard PASSED: failOnSeverity is NONE, findings never fail the build"),
                log.all());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "INFO")
    void failsAtALowerThresholdOnInformationFindings(CheckMojo mojo) throws Exception {
        CapturingLog log = run(mojo, false);
        outputTo(mojo, Files.createTempDirectory("flowguard-mojo"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        long findingLines = log.lines("ERROR").stream().filter(line -> line.matches("(INFO|LOW|MEDIUM|HIGH|CRITICAL) FG\\d{3} .*")).count();
        assertTrue(findingLines >= 2, log.all());
        assertTrue(failure.getMessage().startsWith("flowguard found " + findingLines + " findings at INFO or above"),
                failure.getMessage());
        assertTrue(log.lines("ERROR").stream().anyMatch(line -> line.startsWith("INFO FG402 ")), "INFO fails too");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "SEVERE")
    void rejectsAnUnknownSeverityAsMisconfiguration(CheckMojo mojo) throws Exception {
        run(mojo, false);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("failOnSeverity: unknown level 'SEVERE'"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "console,pdf")
    void rejectsAnUnknownFormat(CheckMojo mojo) throws Exception {
        run(mojo, false);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("unknown report format 'pdf'"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failsWhenThereIsNoFlowToCheck(CheckMojo mojo) throws Exception {
        Path empty = Files.createTempDirectory("flowguard-empty");
        mojo.setLog(new CapturingLog(false));
        MojoExtension.setVariableValueToObject(mojo, "solutions", new String[] {empty.toString()});
        outputTo(mojo, Files.createTempDirectory("flowguard-mojo"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("no cloud flow"), failure.getMessage());

        MojoExtension.setVariableValueToObject(mojo, "failIfNoFlows", "false");
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithoutReadingAnything(CheckMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "solutions", new String[] {"/does/not/exist"});
        mojo.execute();
        assertEquals("flowguard: skipped (flowguard.skip)", log.lines("INFO").get(0));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void reportsABrokenFileAsFg901WithoutAStackTraceAndKeepsTheCauseForDebug(CheckMojo mojo) throws Exception {
        Path broken = Files.createTempDirectory("flowguard-broken").resolve("Broken_1_0_0_1.zip");
        Files.writeString(broken, "PK this zip was cut short");
        for (boolean debug : new boolean[] {false, true}) {
            CapturingLog log = new CapturingLog(debug);
            mojo.setLog(log);
            MojoExtension.setVariableValueToObject(mojo, "solutions", new String[] {broken.toString()});
            MojoExtension.setVariableValueToObject(mojo, "failIfNoFlows", "false");
            outputTo(mojo, Files.createTempDirectory("flowguard-mojo"));

            assertThrows(MojoFailureException.class, mojo::execute);

            assertTrue(log.lines("ERROR").stream().anyMatch(line -> line.startsWith("HIGH FG901 ")
                    && line.contains("Broken_1_0_0_1.zip: could not be read: not a readable zip")), log.all());
            boolean causeLogged = log.entries.stream().anyMatch(e -> e.cause() != null);
            assertEquals(debug, causeLogged, "the exception only with -X");
            assertFalse(log.entries.stream().anyMatch(e -> !e.level().equals("DEBUG") && e.cause() != null));
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void writesNothingOutsideTheOutputDirectory(CheckMojo mojo) throws Exception {
        Path reports = Files.createTempDirectory("flowguard-out").resolve("nested/flowguard");
        run(mojo, false);
        outputTo(mojo, reports);
        assertThrows(MojoFailureException.class, mojo::execute);

        try (var written = Files.walk(reports.getParent().getParent())) {
            assertEquals(java.util.List.of("nested/flowguard/flowguard.json", "nested/flowguard/flowguard.sarif"),
                    written.filter(Files::isRegularFile)
                            .map(p -> reports.getParent().getParent().relativize(p).toString()).sorted().toList());
        }
    }
}
