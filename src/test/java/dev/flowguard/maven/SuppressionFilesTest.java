package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.suppress.Suppressions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionFilesTest {

    private static final String ENTRY = "<suppressions><suppression><rule>FG401</rule><flow>Intake*</flow>"
            + "<reason>accepted</reason></suppression></suppressions>";

    @Test
    void withoutFilesNothingIsSuppressed(@TempDir Path basedir) {
        Suppressions suppressions = SuppressionFiles.load(null, null, basedir, true);

        assertTrue(suppressions.entries().isEmpty());
        assertNull(suppressions.baseline());
    }

    @Test
    void theDefaultFilesInTheBaseDirectoryAreUsedWhenPresent(@TempDir Path basedir) throws Exception {
        Files.writeString(basedir.resolve("flowguard-suppressions.xml"), ENTRY);
        Files.writeString(basedir.resolve("flowguard-baseline.json"), "{\"findings\":[{\"fingerprint\":\"abc\"}]}");

        Suppressions suppressions = SuppressionFiles.load(null, null, basedir, true);

        assertEquals(1, suppressions.entries().size());
        assertEquals("flowguard-suppressions.xml", suppressions.entriesSource());
        assertEquals(1, suppressions.baseline().entries().size());
        assertEquals("flowguard-baseline.json", suppressions.baselineSource());
    }

    @Test
    void theBaselineGoalDoesNotReadTheOldBaseline(@TempDir Path basedir) throws Exception {
        Files.writeString(basedir.resolve("flowguard-baseline.json"), "{\"findings\":[{\"fingerprint\":\"abc\"}]}");

        assertNull(SuppressionFiles.load(null, null, basedir, false).baseline());
    }

    @Test
    void aNamedFileMustExist(@TempDir Path basedir) throws Exception {
        Files.createDirectories(basedir.resolve("config"));
        Files.writeString(basedir.resolve("config/accepted.xml"), ENTRY);

        assertEquals("config/accepted.xml",
                SuppressionFiles.load(new File("config/accepted.xml"), null, basedir, true).entriesSource());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SuppressionFiles.load(null, new File("config/baseline.json"), basedir, true));
        assertEquals("baselineFile: no file at " + basedir.resolve("config/baseline.json").toAbsolutePath().normalize(),
                error.getMessage());
    }

    @Test
    void theBaselineGoalWritesTheNamedFileOrTheDefault(@TempDir Path basedir) {
        assertEquals(basedir.resolve("flowguard-baseline.json"), SuppressionFiles.baselineTarget(null, basedir));
        assertEquals(basedir.resolve("ci/accepted.json").toAbsolutePath().normalize(),
                SuppressionFiles.baselineTarget(new File("ci/accepted.json"), basedir));
    }
}
