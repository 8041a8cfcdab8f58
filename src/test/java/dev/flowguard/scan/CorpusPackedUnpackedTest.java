package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.testing.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 32-flow solution taken from the CoE Starter Kit, unpacked as in its repository and packed the way
 * {@code pac solution pack} lays a zip out: both must give the same flows and findings.
 */
class CorpusPackedUnpackedTest {

    private static final String COE = "austin-slayton__coe-starter-kit/CenterofExcellenceCoreComponents/SolutionPackage/src";

    @TempDir
    Path temp;

    @Test
    void packedAndUnpackedGiveTheSameFlowsAndFindings() throws IOException {
        Path source = Corpus.root().map(root -> root.resolve(COE)).filter(Files::isDirectory).orElse(null);
        Assumptions.assumeTrue(source != null, "the corpus's CoE Core solution is not beside this checkout");

        List<Path> flows;
        try (Stream<Path> files = Files.list(source.resolve("Workflows"))) {
            flows = files.filter(p -> p.toString().endsWith(".json")).sorted().limit(32).toList();
        }
        Path unpacked = temp.resolve("CoE Core");
        copy(source.resolve("Other/Solution.xml"), unpacked.resolve("Other/Solution.xml"));
        StringBuilder workflows = new StringBuilder();
        for (Path flow : flows) {
            Path data = Path.of(flow + ".data.xml");
            copy(flow, unpacked.resolve("Workflows").resolve(flow.getFileName()));
            copy(data, unpacked.resolve("Workflows").resolve(data.getFileName()));
            workflows.append(Files.readString(data).replaceFirst("^\uFEFF?<\\?xml[^>]*\\?>", ""));
        }

        Path zip = temp.resolve("CenterofExcellenceCoreComponents_4_50_managed.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            put(entries, "solution.xml", Files.readAllBytes(source.resolve("Other/Solution.xml")));
            put(entries, "customizations.xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><ImportExportXml><Workflows>"
                    + workflows + "</Workflows></ImportExportXml>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path flow : flows) {
                put(entries, "Workflows/" + flow.getFileName(), Files.readAllBytes(flow));
            }
        }

        Scanner scanner = new Scanner(RuleRegistry.builtIn());
        ScanResult fromZip = scanner.scan(ScanRequest.of(List.of(new ScanInput(zip, zip.getFileName().toString()))),
                ScanListener.SILENT);
        ScanResult fromFolder = scanner.scan(ScanRequest.of(List.of(new ScanInput(unpacked, "CoE Core"))),
                ScanListener.SILENT);

        assertEquals(32, fromZip.flows());
        assertEquals(32, fromFolder.flows());
        assertEquals(fromZip.solutions(), fromFolder.solutions());
        assertEquals(ScannerTest.comparable(fromZip), ScannerTest.comparable(fromFolder));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
