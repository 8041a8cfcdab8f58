package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.testing.SolutionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code mvn -T} the goal runs in several modules at once: scans on many threads, packed and
 * unpacked, XML and JSON, must give exactly what one scan alone gives.
 */
class ConcurrentScanTest {

    private static final String OPEN = """
            {"properties":{"definition":{"triggers":{"manual":{"type":"Request","kind":"Http",
            "inputs":{"triggerAuthenticationType":"All"}}},"actions":{}}}}
            """;

    @TempDir
    Path temp;

    @Test
    void parallelScansGiveWhatASerialScanGives() throws Exception {
        List<Path> artifacts = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            SolutionBuilder builder = new SolutionBuilder("Solution" + s);
            for (int f = 0; f <= s; f++) {
                builder.flow("Flow" + f + "-00000000-0000-0000-0000-0000000000" + (10 + f) + ".json",
                        f % 2 == 0 ? OPEN : OPEN.replace("All", "Tenant"));
            }
            builder.file("environmentvariabledefinitions/contoso_S" + s + "/environmentvariabledefinition.xml",
                    "<environmentvariabledefinition schemaname=\"contoso_S" + s + "\"><type>100000005</type>"
                            + "</environmentvariabledefinition>");
            artifacts.add(s % 2 == 0 ? builder.writePacked(temp.resolve("S" + s + ".zip")) : builder.writeUnpacked(temp.resolve("S" + s)));
        }
        Scanner scanner = new Scanner(RuleRegistry.builtIn());
        List<List<String>> serial = new ArrayList<>();
        for (Path artifact : artifacts) {
            serial.add(scanOne(scanner, artifact));
        }

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<String>>> parallel = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Path artifact : artifacts) {
                    Callable<List<String>> scan = () -> scanOne(scanner, artifact);
                    parallel.add(pool.submit(scan));
                }
            }
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (int i = 0; i < parallel.size(); i++) {
                    assertEquals(serial.get(i % artifacts.size()), parallel.get(i).get(), "scan " + i);
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> scanOne(Scanner scanner, Path artifact) {
        ScanResult result = scanner.scan(ScanRequest.of(List.of(new ScanInput(artifact, artifact.getFileName().toString()))),
                ScanListener.SILENT);
        List<String> lines = new ArrayList<>();
        lines.add(result.solutions() + " " + result.flows());
        result.findings().forEach(f -> lines.add(f.ruleId() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                + f.message() + " " + f.fingerprint()));
        return lines;
    }
}
