package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.RawZip;
import dev.flowguard.testing.SolutionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken artifacts, one threat per test (docs/security.md lists them). Each is refused with
 * one FG901 naming the file and the reason, in bounded time, and the good flow beside it is still
 * checked: it has an open HTTP trigger, so its FG401 proves it was read.
 */
class HostileInputTest {

    /** Only a guard against a hang; the real cost of each case is well under a second or two. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final String GOOD = "Good-11111111-1111-1111-1111-111111111111.json";
    private static final String OPEN_TRIGGER_FLOW = """
            {"properties":{"connectionReferences":{},"definition":{"$schema":"https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
            "contentVersion":"1.0.0.0","triggers":{"manual":{"type":"Request","kind":"Http","inputs":{"triggerAuthenticationType":"All"}}},
            "actions":{"Response":{"runAfter":{},"type":"Response","kind":"Http","inputs":{"statusCode":200}}}}},"schemaVersion":"1.0.0.0"}
            """;
    private static final String SECRET = "s3cr3t-Value-9f8e7d";

    @TempDir
    Path temp;

    private final Scanner scanner = new Scanner(RuleRegistry.builtIn());

    private ScanResult scan(ReadLimits limits, Path... paths) {
        List<ScanInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            inputs.add(new ScanInput(path, path.getFileName().toString()));
        }
        return assertTimeoutPreemptively(HANG_GUARD, () -> scanner.scan(
                new ScanRequest(inputs, limits, Redactor.REDACTING, Map.of()), ScanListener.SILENT));
    }

    private ScanResult scan(Path... paths) {
        return scan(ReadLimits.DEFAULTS, paths);
    }

    private static SolutionBuilder goodSolution(String name) {
        return new SolutionBuilder(name).flow(GOOD, OPEN_TRIGGER_FLOW);
    }

    /** A packed solution holding the good flow, plus whatever hostile entries are added to it. */
    private RawZip packedWithGoodFlow(String name) throws IOException {
        return new RawZip().addAll(goodSolution(name).writePacked(temp.resolve("plain-" + name + ".zip")));
    }

    private static List<Finding> fg901(ScanResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("FG901")).toList();
    }

    /** The FG901 findings, as {@code file -> message}, each checked to be a single line. */
    private static Map<String, String> refusals(ScanResult result) {
        Map<String, String> byFile = new java.util.TreeMap<>();
        for (Finding finding : fg901(result)) {
            assertFalse(finding.message().contains("\n") || finding.message().contains("\r"), finding.message());
            assertTrue(finding.message().startsWith("could not be read: "), finding.message());
            byFile.put(finding.file(), finding.message());
        }
        return byFile;
    }

    private static void assertGoodFlowChecked(ScanResult result, String expectedFile) {
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("FG401")
                && (f.file().equals(expectedFile) || f.file().endsWith("/" + expectedFile))),
                "the good flow beside the hostile file is still checked: " + result.findings());
    }

    /** @param file the file inside its zip or folder; findings name a folder's files from the project */
    private static void assertRefused(ScanResult result, String file, String reason) {
        Map<String, String> refusals = refusals(result);
        String key = refusals.keySet().stream().filter(k -> k.equals(file) || k.endsWith("/" + file)).findFirst()
                .orElse(null);
        assertTrue(key != null, "FG901 for " + file + " in " + refusals);
        assertTrue(refusals.get(key).contains(reason), refusals.get(key));
    }

    // --- zip bombs -------------------------------------------------------------------------------

    @Test
    void zipBombThatLiesAboutItsSizeIsStoppedAtTheDeclaredSize() throws Exception {
        // 4 GiB of zeros in ~4 MiB, declaring 2 KiB in the central directory
        Path zip = packedWithGoodFlow("Bomb")
                .addDeflated("Workflows/Bomb-22222222-2222-2222-2222-222222222222.json", RawZip.zeros(4096), 2048)
                .write(temp.resolve("Bomb_1_0_0_1.zip"));

        ScanResult result = scan(zip);

        assertRefused(result, "Bomb_1_0_0_1.zip!Workflows/Bomb-22222222-2222-2222-2222-222222222222.json",
                "inflates beyond the 2048 bytes its zip entry declares (corrupt, or a zip bomb)");
        assertGoodFlowChecked(result, "Bomb_1_0_0_1.zip!Workflows/" + GOOD);
        assertEquals(1, fg901(result).size());
    }

    @Test
    void zipBombThatDeclaresItsSizeIsStoppedAtThePerEntryLimit() throws Exception {
        Path zip = packedWithGoodFlow("Honest")
                .addDeflated("Workflows/Bomb-22222222-2222-2222-2222-222222222222.json", RawZip.zeros(4096), 0xFFFF_FFFEL)
                .write(temp.resolve("Honest.zip"));

        ScanResult result = scan(zip);

        assertRefused(result, "Honest.zip!Workflows/Bomb-22222222-2222-2222-2222-222222222222.json",
                "larger than the per-entry inflated size limit of 67108864 bytes");
        assertGoodFlowChecked(result, "Honest.zip!Workflows/" + GOOD);
    }

    @Test
    void entryInflatingFarBeyondItsCompressedSizeIsStoppedAtTheRatio() throws Exception {
        // 100 MiB of zeros in ~100 KiB: 1000:1, where real solution files stay under 25:1
        Path zip = packedWithGoodFlow("Ratio")
                .addDeflated("Workflows/Ratio-22222222-2222-2222-2222-222222222222.json", RawZip.zeros(100), 100L * 1024 * 1024)
                .write(temp.resolve("Ratio.zip"));

        ScanResult result = scan(zip);

        assertRefused(result, "Ratio.zip!Workflows/Ratio-22222222-2222-2222-2222-222222222222.json",
                "inflates more than 200 times its compressed size");
        assertGoodFlowChecked(result, "Ratio.zip!Workflows/" + GOOD);
    }

    @Test
    void manyEntriesTogetherAreStoppedAtTheTotalLimitCountingWhatRefusedEntriesInflated() throws Exception {
        RawZip zip = packedWithGoodFlow("Total");
        for (int i = 0; i < 40; i++) {
            zip.addDeflated(String.format("Workflows/Bomb%02d-22222222-2222-2222-2222-222222222222.json", i),
                    RawZip.zeros(2), 2L * 1024 * 1024);
        }
        Path file = zip.write(temp.resolve("Total.zip"));
        ReadLimits limits = new ReadLimits(1000, 1024 * 1024, 8L * 1024 * 1024, 10_000, 400, 1 << 20);

        ScanResult result = scan(limits, file);

        List<String> reasons = refusals(result).values().stream().map(m -> m.substring(m.indexOf(": ") + 2)).toList();
        assertEquals(40, reasons.size());
        long stoppedAtTheEntryLimit = reasons.stream()
                .takeWhile(r -> r.startsWith("larger than the per-entry inflated size limit")).count();
        assertEquals(7, stoppedAtTheEntryLimit,
                "each refused entry counts the 1 MiB it inflated: 7 of them and the good files use up the 8 MiB");
        assertTrue(reasons.stream().skip(7).allMatch(r -> r.startsWith("over the total inflated size limit of 8388608 bytes")),
                reasons.toString());
    }

    @Test
    void moreEntriesThanTheLimitAreNotListedAndTheRestIsChecked() throws Exception {
        RawZip zip = packedWithGoodFlow("Count");
        for (int i = 0; i < 50_001; i++) {
            zip.addDeflated("Assets/padding" + i + ".txt", new byte[] {0x03, 0x00}, 0);
        }
        Path file = zip.write(temp.resolve("Count.zip"));

        ScanResult result = scan(file);

        assertRefused(result, "Count.zip", "more than 50000 entries; the rest were not read (entry count limit)");
        assertGoodFlowChecked(result, "Count.zip!Workflows/" + GOOD);
    }

    // --- names that point elsewhere ---------------------------------------------------------------

    @Test
    void traversalAndAbsoluteNamesAreRefusedAndNothingIsWritten() throws Exception {
        Path scanned = Files.createDirectories(temp.resolve("work/inside"));
        Path zip = packedWithGoodFlow("Names")
                .add("../../evil.json", OPEN_TRIGGER_FLOW)
                .add("Workflows/../../../escaped.json", OPEN_TRIGGER_FLOW)
                .add("..\\..\\backslash.json", OPEN_TRIGGER_FLOW)
                .add("/etc/flowguard-absolute.json", OPEN_TRIGGER_FLOW)
                .add("C:/Windows/Temp/drive.json", OPEN_TRIGGER_FLOW)
                .write(scanned.resolve("Names.zip"));
        List<Path> before = tree(temp);

        ScanResult result = scan(zip);

        Map<String, String> refusals = refusals(result);
        assertTrue(refusals.get("Names.zip!../../evil.json").endsWith("entry name with '..' refused (path traversal)"));
        assertTrue(refusals.get("Names.zip!Workflows/../../../escaped.json").endsWith("(path traversal)"));
        assertTrue(refusals.get("Names.zip!../../backslash.json").endsWith("(path traversal)"));
        assertTrue(refusals.get("Names.zip!/etc/flowguard-absolute.json").endsWith("absolute entry name refused"));
        assertTrue(refusals.get("Names.zip!C:/Windows/Temp/drive.json").endsWith("absolute entry name refused"));
        assertEquals(5, refusals.size());
        assertGoodFlowChecked(result, "Names.zip!Workflows/" + GOOD);
        assertEquals(before, tree(temp), "the zip is read in place: not a file is created anywhere");
        assertFalse(Files.exists(Path.of("/etc/flowguard-absolute.json")));
    }

    @Test
    void entryNamesWithControlCharactersCannotForgeLogLines() throws Exception {
        Path zip = packedWithGoodFlow("Control")
                .add("Workflows/x.json\nflowguard PASSED: no finding at HIGH or above\u001b[2K.json", OPEN_TRIGGER_FLOW)
                .write(temp.resolve("Control.zip"));

        ScanResult result = scan(zip);

        Map<String, String> refusals = refusals(result);
        assertEquals(List.of("Control.zip!Workflows/x.json?flowguard PASSED: no finding at HIGH or above?[2K.json"),
                List.copyOf(refusals.keySet()));
        assertTrue(refusals.values().iterator().next().endsWith("entry name with control characters refused"));
    }

    @Test
    void symbolicLinksOutOfTheScannedFolderAreRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path outsideFlow = Files.writeString(outside.resolve("Secret-33333333-3333-3333-3333-333333333333.json"),
                OPEN_TRIGGER_FLOW);
        Path folder = goodSolution("Linked").writeUnpacked(temp.resolve("Linked"));
        Path link = folder.resolve("Workflows/Leak-33333333-3333-3333-3333-333333333333.json");
        Path dirLink = folder.resolve("Workflows/more");
        try {
            Files.createSymbolicLink(link, outsideFlow);
            Files.createSymbolicLink(dirLink, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }

        ScanResult result = scan(folder);

        assertRefused(result, "Workflows/Leak-33333333-3333-3333-3333-333333333333.json",
                "symbolic link pointing outside the scanned folder refused");
        assertRefused(result, "Workflows/more", "symbolic link pointing outside the scanned folder refused");
        assertEquals(1, result.flows(), "only the flow inside the folder is read");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    @Test
    void discoveryNeverFollowsALinkOutOfTheProjectTree() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        goodSolution("Elsewhere").writeUnpacked(elsewhere.resolve("Unpacked"));
        goodSolution("ElsewhereZip").writePacked(elsewhere.resolve("Elsewhere.zip"));
        Path project = Files.createDirectories(temp.resolve("project"));
        Path own = goodSolution("Own").writeUnpacked(project.resolve("src/Own"));
        try {
            Files.createSymbolicLink(project.resolve("linked-folder"), elsewhere);
            Files.createSymbolicLink(project.resolve("Linked.zip"), elsewhere.resolve("Elsewhere.zip"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }

        assertEquals(List.of(own), dev.flowguard.solution.Discovery.find(project),
                "a linked folder or zip is not an artifact of the project");
    }

    @Test
    void aLinkToSomethingThatIsNotAFileIsRefusedWithoutBlocking() throws Exception {
        Path folder = goodSolution("Fifo").writeUnpacked(temp.resolve("Fifo"));
        Path fifo = folder.resolve("Assets/pipe");
        Files.createDirectories(fifo.getParent());
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo made no FIFO");
            Files.createSymbolicLink(folder.resolve("Workflows/Pipe-44444444-4444-4444-4444-444444444444.json"), fifo);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no FIFOs or symbolic links here: " + e);
        }

        ScanResult result = scan(folder);

        assertRefused(result, "Workflows/Pipe-44444444-4444-4444-4444-444444444444.json", "not a regular file");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    // --- zip structure ------------------------------------------------------------------------------

    @Test
    void aZipWithAnEncryptedEntryIsRefusedAndTheOtherArtifactsAreChecked() throws Exception {
        Path encrypted = packedWithGoodFlow("Locked")
                .addEncrypted("Workflows/Locked-22222222-2222-2222-2222-222222222222.json",
                        OPEN_TRIGGER_FLOW.getBytes(StandardCharsets.UTF_8))
                .write(temp.resolve("Locked.zip"));
        Path good = goodSolution("Good").writePacked(temp.resolve("Good.zip"));

        ScanResult result = scan(encrypted, good);

        assertRefused(result, "Locked.zip", "encrypted (password-protected) entries are not supported");
        assertGoodFlowChecked(result, "Good.zip!Workflows/" + GOOD);
    }

    @Test
    void duplicateEntriesAreRefusedBothCopiesSinceWhichOneIsImportedIsUnknown() throws Exception {
        String clean = OPEN_TRIGGER_FLOW.replace("\"All\"", "\"User\"");
        Path zip = packedWithGoodFlow("Twice")
                .add("Workflows/Hidden-22222222-2222-2222-2222-222222222222.json", clean)
                .add("Workflows/Hidden-22222222-2222-2222-2222-222222222222.json", OPEN_TRIGGER_FLOW)
                .add("Workflows/Case-33333333-3333-3333-3333-333333333333.json", clean)
                .add("workflows/case-33333333-3333-3333-3333-333333333333.JSON", OPEN_TRIGGER_FLOW)
                .write(temp.resolve("Twice.zip"));

        ScanResult result = scan(zip);

        assertRefused(result, "Twice.zip!Workflows/Hidden-22222222-2222-2222-2222-222222222222.json",
                "duplicate entry refused (the zip names this file 2 times; which copy is imported cannot be known)");
        assertRefused(result, "Twice.zip!Workflows/Case-33333333-3333-3333-3333-333333333333.json", "duplicate entry refused");
        assertEquals(1, result.flows(), "neither copy is checked as if it were the flow");
        assertGoodFlowChecked(result, "Twice.zip!Workflows/" + GOOD);
    }

    @Test
    void truncatedAndNonZipFilesAreRefusedAndTheOtherArtifactsAreChecked() throws Exception {
        byte[] whole = Files.readAllBytes(goodSolution("Cut").writePacked(temp.resolve("whole.zip")));
        Path truncated = Files.write(temp.resolve("Cut.zip"), java.util.Arrays.copyOf(whole, whole.length - 10));
        Path notZip = Files.write(temp.resolve("Random.zip"), new java.util.Random(7).ints(4096, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, (out, b) -> out.write(b), (a, b) -> { }).toByteArray());
        Path empty = Files.write(temp.resolve("Empty.zip"), new byte[0]);
        Path good = goodSolution("Good").writePacked(temp.resolve("Good.zip"));

        ScanResult result = scan(truncated, notZip, empty, good);

        assertRefused(result, "Cut.zip", "not a readable zip (truncated or not a zip: no end of central directory)");
        assertRefused(result, "Random.zip", "not a readable zip");
        assertRefused(result, "Empty.zip", "not a readable zip");
        assertGoodFlowChecked(result, "Good.zip!Workflows/" + GOOD);
    }

    @Test
    void anEntryWhoseDataIsCorruptIsRefusedAndTheRestIsChecked() throws Exception {
        Path zip = packedWithGoodFlow("Corrupt")
                .addDeflated("Workflows/Corrupt-22222222-2222-2222-2222-222222222222.json",
                        new byte[] {(byte) 0xFF, (byte) 0xFF, 0x00, 0x01, 0x02}, 100)
                .write(temp.resolve("Corrupt.zip"));

        ScanResult result = scan(zip);

        assertRefused(result, "Corrupt.zip!Workflows/Corrupt-22222222-2222-2222-2222-222222222222.json", "could not be read: ");
        assertGoodFlowChecked(result, "Corrupt.zip!Workflows/" + GOOD);
    }

    // --- JSON ---------------------------------------------------------------------------------------

    private Path folderWithHostileFlow(String name, byte[] flow) throws IOException {
        return goodSolution(name).flow("Hostile-22222222-2222-2222-2222-222222222222.json", flow, 5)
                .writeUnpacked(temp.resolve(name));
    }

    private static final String HOSTILE = "Workflows/Hostile-22222222-2222-2222-2222-222222222222.json";

    @Test
    void deeplyNestedJsonIsRefusedAtTheNestingLimit() throws Exception {
        String deep = "{\"properties\":{\"definition\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
        ScanResult result = scan(folderWithHostileFlow("Deep", deep.getBytes(StandardCharsets.UTF_8)));

        assertRefused(result, HOSTILE, "JSON nested deeper than the limit of 400 levels");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    @Test
    void aHugeStringIsRefusedAtTheStringLimit() throws Exception {
        byte[] huge = OPEN_TRIGGER_FLOW.replace("\"schemaVersion\"",
                "\"description\":\"" + "A".repeat(50 * 1024 * 1024) + "\",\"schemaVersion\"").getBytes(StandardCharsets.UTF_8);
        ScanResult result = scan(folderWithHostileFlow("Long", huge));

        assertRefused(result, HOSTILE, "JSON string longer than the limit of 16777216 characters");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    @Test
    void millionsOfTinyValuesAreRefusedAtTheTokenLimit() throws Exception {
        byte[] many = ("{\"properties\":{\"definition\":{\"actions\":{},\"triggers\":{},\"x\":["
                + "{},".repeat(2_000_000) + "{}]}}}").getBytes(StandardCharsets.UTF_8);
        ScanResult result = scan(folderWithHostileFlow("Tokens", many));

        assertRefused(result, HOSTILE, "JSON with more than the limit of 1000000 tokens");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    @Test
    void invalidUtf8IsRefusedInJsonAndInXml() throws Exception {
        String withUmlaut = OPEN_TRIGGER_FLOW.replace("\"schemaVersion\"", "\"description\":\"Gr\u00f6sse\",\"schemaVersion\"");
        byte[] broken = withUmlaut.getBytes(StandardCharsets.UTF_8);
        broken[withUmlaut.indexOf('\u00f6') + 1] = 'x'; // the lead byte of ö without its continuation byte
        Path folder = goodSolution("Bytes")
                .flow("Hostile-22222222-2222-2222-2222-222222222222.json", broken, 5)
                .file("environmentvariabledefinitions/contoso_Bad/environmentvariabledefinition.xml",
                        "<environmentvariabledefinition schemaname=\"contoso_Bad\"><type>100000000</type></environmentvariabledefinition>")
                .writeUnpacked(temp.resolve("Bytes"));
        Path xml = folder.resolve("environmentvariabledefinitions/contoso_Bad/environmentvariabledefinition.xml");
        byte[] xmlBytes = Files.readAllBytes(xml);
        xmlBytes[xmlBytes.length - 5] = (byte) 0xC3;
        Files.write(xml, xmlBytes);

        ScanResult result = scan(folder);

        assertRefused(result, HOSTILE, "not valid JSON: invalid UTF-8");
        assertRefused(result, "environmentvariabledefinitions/contoso_Bad/environmentvariabledefinition.xml",
                "not valid UTF-8 text");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    // --- XML ----------------------------------------------------------------------------------------

    private String externalEntity(String root) throws IOException {
        Path secretFile = Files.writeString(temp.resolve("secret.txt"), SECRET);
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n";
    }

    @Test
    void externalEntitiesAreRefusedInEveryKindOfSolutionXml() throws Exception {
        String dtd = externalEntity("r");
        Path folder = goodSolution("Xxe")
                .flow("Classic-22222222-2222-2222-2222-222222222222.json", OPEN_TRIGGER_FLOW)
                .file("environmentvariabledefinitions/contoso_Key/environmentvariabledefinition.xml",
                        dtd + "<environmentvariabledefinition schemaname=\"contoso_Key\"><defaultvalue>&xxe;</defaultvalue>"
                                + "<type>100000000</type></environmentvariabledefinition>")
                .file("Other/Customizations.xml", dtd + "<ImportExportXml><connectionreferences>"
                        + "<connectionreference connectionreferencelogicalname=\"x\"><connectorid>&xxe;</connectorid>"
                        + "</connectionreference></connectionreferences></ImportExportXml>")
                .writeUnpacked(temp.resolve("Xxe"));
        Files.writeString(folder.resolve("Other/Solution.xml"), dtd
                + "<ImportExportXml><SolutionManifest><UniqueName>&xxe;</UniqueName></SolutionManifest></ImportExportXml>");
        Files.writeString(folder.resolve("Workflows/Classic-22222222-2222-2222-2222-222222222222.json.data.xml"), dtd
                + "<Workflow Name=\"&xxe;\"><JsonFileName>/Workflows/Classic-22222222-2222-2222-2222-222222222222.json"
                + "</JsonFileName><Category>0</Category></Workflow>");

        ScanResult result = scan(folder);

        String reason = "XML with a DOCTYPE refused (DTDs and entities are not allowed)";
        assertRefused(result, "Other/Solution.xml", reason);
        assertRefused(result, "Other/Customizations.xml", reason);
        assertRefused(result, "Workflows/Classic-22222222-2222-2222-2222-222222222222.json.data.xml", reason);
        assertRefused(result, "environmentvariabledefinitions/contoso_Key/environmentvariabledefinition.xml", reason);
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
        assertFalse(result.toString().contains(SECRET), "the file the entity names is never read into anything");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        Path folder = goodSolution("Laughs")
                .file("Other/Customizations.xml", dtd + "<ImportExportXml><x>&lol10;</x></ImportExportXml>")
                .writeUnpacked(temp.resolve("Laughs"));

        ScanResult result = scan(folder);

        assertRefused(result, "Other/Customizations.xml", "XML with a DOCTYPE refused");
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    @Test
    void entityReferencesWithoutADoctypeAreRefusedToo() throws Exception {
        Path folder = goodSolution("Entity").file("environmentvariabledefinitions/contoso_E/environmentvariabledefinition.xml",
                "<environmentvariabledefinition schemaname=\"contoso_E\"><defaultvalue>&undeclared;</defaultvalue>"
                        + "<type>100000000</type></environmentvariabledefinition>")
                .writeUnpacked(temp.resolve("Entity"));

        ScanResult result = scan(folder);

        assertRefused(result, "environmentvariabledefinitions/contoso_E/environmentvariabledefinition.xml",
                "XML with an entity reference refused");
    }

    // --- secrets in flowguard's own output ----------------------------------------------------------

    @Test
    void parserMessagesNeverQuoteTheContent() throws Exception {
        Path folder = goodSolution("Quiet")
                .flow("Hostile-22222222-2222-2222-2222-222222222222.json",
                        ("{\"properties\":{\"definition\":{\"password\": \"" + SECRET + "\" " + SECRET + "}}}")
                                .getBytes(StandardCharsets.UTF_8), 5)
                .file("environmentvariabledefinitions/contoso_Pw/environmentvariabledefinition.xml",
                        "<environmentvariabledefinition schemaname=\"contoso_Pw\"><defaultvalue>ab<" + SECRET
                                + "</defaultvalue><type>100000000</type></environmentvariabledefinition>")
                .file("Other/Customizations.xml", "<ImportExportXml><" + SECRET + " a=" + SECRET + "/></ImportExportXml>")
                .writeUnpacked(temp.resolve("Quiet"));

        ScanResult result = scan(folder);

        Map<String, String> refusals = refusals(result);
        assertEquals(3, refusals.size(), refusals.toString());
        assertRefused(result, HOSTILE, "not valid JSON: unexpected character at line 1");
        assertRefused(result, "Other/Customizations.xml", "malformed XML at line 1, column ");
        for (Finding finding : result.findings()) {
            assertFalse(finding.message().contains(SECRET.substring(2)), finding.message());
        }
        assertGoodFlowChecked(result, "Workflows/" + GOOD);
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).sorted().toList();
        }
    }
}
