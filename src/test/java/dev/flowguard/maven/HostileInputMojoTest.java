package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowguard.testing.RawZip;
import dev.flowguard.testing.SolutionBuilder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * Hostile artifacts as a build meets them: each one is a single FG901 error line naming the file and
 * the reason, no stack trace unless {@code -X}, the good flows beside them still fail the build with
 * FG401, no secret shows, and nothing is written but the report.
 */
@MojoTest
class HostileInputMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";
    private static final String GOOD = "Good-11111111-1111-1111-1111-111111111111.json";
    private static final String OPEN_TRIGGER_FLOW = """
            {"properties":{"connectionReferences":{},"definition":{"triggers":{"manual":{"type":"Request","kind":"Http",
            "inputs":{"triggerAuthenticationType":"All"}}},"actions":{}}},"schemaVersion":"1.0.0.0"}
            """;
    private static final String SECRET = "s3cr3t-Value-9f8e7d";

    /** Hostile artifacts beside good flows, under {@code root/scanned}; returns them in scan order. */
    private static File[] hostileArtifacts(Path root) throws Exception {
        Path scanned = Files.createDirectories(root.resolve("scanned"));
        Path plain = new SolutionBuilder("Bomb").flow(GOOD, OPEN_TRIGGER_FLOW).writePacked(root.resolve("plain.zip"));
        Path bomb = new RawZip().addAll(plain)
                .addDeflated("Workflows/Bomb-22222222-2222-2222-2222-222222222222.json", RawZip.zeros(4096), 2048)
                .add("../../../escape.json", OPEN_TRIGGER_FLOW)
                .write(scanned.resolve("Bomb_1_0_0_1.zip"));
        Files.delete(plain);
        Path locked = new RawZip().addEncrypted("solution.xml", "<x/>".getBytes(StandardCharsets.UTF_8))
                .write(scanned.resolve("Locked.zip"));
        Path secretFile = Files.writeString(root.resolve("secret.txt"), SECRET);
        Path folder = new SolutionBuilder("Unpacked").flow(GOOD, OPEN_TRIGGER_FLOW)
                .flow("Deep-33333333-3333-3333-3333-333333333333.json", "[".repeat(10_000) + "]".repeat(10_000))
                .file("Other/Customizations.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
                        + secretFile.toUri() + "\">]>\n<ImportExportXml>&x;</ImportExportXml>")
                .file("environmentvariabledefinitions/contoso_Pw/environmentvariabledefinition.xml",
                        "<environmentvariabledefinition schemaname=\"contoso_Pw\"><defaultvalue>ab<" + SECRET
                                + "</defaultvalue></environmentvariabledefinition>")
                .writeUnpacked(scanned.resolve("Unpacked"));
        return new File[] {bomb.toFile(), locked.toFile(), folder.toFile()};
    }

    private static CapturingLog run(CheckMojo mojo, File[] solutions, Path reports, boolean debug) throws Exception {
        CapturingLog log = new CapturingLog(debug);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "solutions",
                java.util.Arrays.stream(solutions).map(File::getPath).toArray(String[]::new));
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", reports.toFile());
        MojoFailureException failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(MojoFailureException.class, mojo::execute));
        assertTrue(failure.getMessage().startsWith("flowguard found 8 findings at HIGH or above"), failure.getMessage());
        return log;
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void eachHostileFileIsOneErrorLineAndTheGoodFlowsStillFailTheBuild(CheckMojo mojo) throws Exception {
        Path root = Files.createTempDirectory("flowguard-hostile");
        File[] solutions = hostileArtifacts(root);
        Path reports = root.resolve("reports");
        List<Path> before = tree(root);

        CapturingLog log = run(mojo, solutions, reports, false);

        List<String> errors = log.lines("ERROR");
        String bomb = solutions[0].getPath();
        String unpacked = solutions[2].getPath();
        assertEquals(2, errors.stream().filter(line -> line.startsWith("HIGH FG401 " + bomb + "!Workflows/" + GOOD + ":")
                || line.startsWith("HIGH FG401 " + unpacked + "/Workflows/" + GOOD + ":")).count(), log.all());
        assertEquals(Stream.of(
                "HIGH FG901 " + bomb + "!../../../escape.json: could not be read: entry name with '..' refused (path traversal)",
                "HIGH FG901 " + bomb + "!Workflows/Bomb-22222222-2222-2222-2222-222222222222.json: could not be read: "
                        + "inflates beyond the 2048 bytes its zip entry declares (corrupt, or a zip bomb)",
                "HIGH FG901 " + solutions[1].getPath() + ": could not be read: not a readable zip "
                        + "(encrypted (password-protected) entries are not supported; export the solution again)",
                "HIGH FG901 " + unpacked + "/Other/Customizations.xml: could not be read: "
                        + "XML with a DOCTYPE refused (DTDs and entities are not allowed)",
                "HIGH FG901 " + unpacked + "/Workflows/Deep-33333333-3333-3333-3333-333333333333.json: could not be read: "
                        + "JSON nested deeper than the limit of 400 levels").sorted().toList(),
                errors.stream().filter(line -> line.startsWith("HIGH FG901 "))
                        .filter(line -> !line.contains("environmentvariabledefinition.xml")).sorted().toList(), log.all());
        String envLine = errors.stream().filter(line -> line.contains("environmentvariabledefinition.xml")).findFirst().orElseThrow();
        assertTrue(envLine.startsWith("HIGH FG901 " + unpacked + "/environmentvariabledefinitions/contoso_Pw/"
                + "environmentvariabledefinition.xml: could not be read: malformed XML at line 1"),
                envLine);

        assertTrue(log.entries.stream().allMatch(e -> e.cause() == null), "no stack trace at the default level");
        assertTrue(log.entries.stream().noneMatch(e -> e.text().contains("\n") && e.text().contains("FG901")));
        String report = Files.readString(reports.resolve("flowguard.json"));
        assertFalse(log.all().contains(SECRET.substring(2)) || report.contains(SECRET.substring(2)),
                "no part of a secret in the log or the report");
        JsonNode json = new ObjectMapper().readTree(report);
        assertEquals(2, json.at("/summary/flows").asInt(), "the two good flows were checked");

        List<Path> after = tree(root);
        assertEquals(Stream.concat(before.stream(), Stream.of(Path.of("reports"), Path.of("reports/flowguard.json"),
                        Path.of("reports/flowguard.sarif")))
                .sorted().toList(), after, "only the report is written: no zip is extracted, no entry name is followed");
        assertFalse(Files.exists(root.getParent().resolve("escape.json")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theCauseOfEachRefusalIsLoggedOnlyAtDebugLevel(CheckMojo mojo) throws Exception {
        Path root = Files.createTempDirectory("flowguard-hostile");
        CapturingLog log = run(mojo, hostileArtifacts(root), root.resolve("reports"), true);

        List<CapturingLog.Entry> withCause = log.entries.stream().filter(e -> e.cause() != null).toList();
        assertTrue(withCause.stream().allMatch(e -> e.level().equals("DEBUG")), log.all());
        assertTrue(withCause.stream().anyMatch(e -> e.text().startsWith("FG901 ") && e.text().contains("Locked.zip")
                && e.cause() instanceof java.util.zip.ZipException), log.all());
        assertTrue(withCause.stream().anyMatch(e -> e.text().contains("Other/Customizations.xml")), log.all());
        assertTrue(withCause.stream().anyMatch(e -> e.text().contains("Deep-33333333")), log.all());
        assertTrue(withCause.stream().noneMatch(e -> String.valueOf(e.cause().getMessage()).contains(SECRET)),
                "even the debug causes hold no secret the XXE would have read");
    }

    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).filter(p -> !p.toString().isEmpty()).sorted().toList();
        }
    }
}
