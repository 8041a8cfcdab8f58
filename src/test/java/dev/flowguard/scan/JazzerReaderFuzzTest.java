package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.NotAFlowException;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.UnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the zip and JSON readers with Jazzer, under the same rule as
 * {@link ReaderFuzzTest}: any input ends in findings, never an exception. In the build (regression
 * mode) it replays the inputs under {@code src/test/resources/dev/flowguard/scan/JazzerReaderFuzzTestInputs};
 * to fuzz, one target at a time: {@code JAZZER_FUZZ=1 mvn -B test -Dinvoker.skip -Dtest=JazzerReaderFuzzTest#zip}.
 * It runs in a JVM of its own (see the surefire executions in the pom), since Jazzer installs an agent.
 */
class JazzerReaderFuzzTest {

    private static final Scanner SCANNER = new Scanner(RuleRegistry.builtIn());
    private static final JsonReader JSON = new JsonReader(ReadLimits.DEFAULTS);

    @TempDir
    static Path scratch;

    @FuzzTest(maxDuration = "5m")
    void zip(byte[] bytes) throws IOException {
        scan(Files.write(scratch.resolve("Fuzz_1_0_0_1.zip"), bytes));
    }

    @FuzzTest(maxDuration = "5m")
    void json(byte[] bytes) throws IOException {
        try {
            FlowParser.parse("Fuzz", "Fuzz.json", null, "Fuzz", JSON.parse(bytes));
        } catch (UnreadableException | NotAFlowException expected) {
            // what the scanner turns into FG901 or a skip
        }
        scan(Files.write(scratch.resolve("Fuzz.json"), bytes));
    }

    private static void scan(Path file) {
        ScanResult result = SCANNER.scan(ScanRequest.of(List.of(new ScanInput(file, file.getFileName().toString()))),
                ScanListener.SILENT);
        for (Finding finding : result.findings()) {
            assertFalse(finding.message().contains("\n"), finding.message());
        }
    }
}
