package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.testing.SolutionBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionReaderTest {

    private static final String FLOW = "{\"properties\":{\"definition\":{\"triggers\":{\"manual\":{\"type\":\"Request\","
            + "\"kind\":\"Button\"}},\"actions\":{}}}}";
    private static final String ENV_SECRET = """
            <environmentvariabledefinition schemaname="contoso_ApiSecret">
              <displayname default="API secret"><label description="API secret" languagecode="1033" /></displayname>
              <type>100000005</type>
            </environmentvariabledefinition>
            """;
    private static final String ENV_URL = """
            <environmentvariabledefinition schemaname="contoso_ApiUrl">
              <defaultvalue>https://api.contoso.example</defaultvalue>
              <displayname default="API URL" />
              <type>100000000</type>
            </environmentvariabledefinition>
            """;
    private static final String ENV_URL_VALUE = """
            {"environmentvariablevalues":{"environmentvariablevalue":{"@environmentvariablevalueid":"b0baba0c-79f5-ed11-8848-0022482a91f4","iscustomizable":"1","value":"https://api.contoso.test"}}}
            """;

    @TempDir
    Path temp;

    private final SolutionReader reader = new SolutionReader(ReadLimits.DEFAULTS);

    private SolutionBuilder contoso() {
        return new SolutionBuilder("ContosoCore")
                .flow("Approve-11111111-1111-1111-1111-111111111111.json", FLOW)
                .flow("Classic-22222222-2222-2222-2222-222222222222.json", FLOW.getBytes(StandardCharsets.UTF_8), 0)
                .file("environmentvariabledefinitions/contoso_ApiSecret/environmentvariabledefinition.xml", ENV_SECRET)
                .file("environmentvariabledefinitions/contoso_ApiUrl/environmentvariabledefinition.xml", ENV_URL)
                .file("environmentvariabledefinitions/contoso_ApiUrl/environmentvariablevalues.json", ENV_URL_VALUE);
    }

    @Test
    void readsAPackedSolutionInPlace() throws Exception {
        Path zip = contoso().writePacked(temp.resolve("ContosoCore_1_0_0_0.zip"));
        try (OpenArtifact artifact = reader.open(zip, "ContosoCore_1_0_0_0.zip")) {
            Solution solution = artifact.solution();
            assertEquals(ArtifactKind.PACKED_SOLUTION, solution.kind());
            assertEquals("ContosoCore", solution.name());
            assertEquals(List.of("ContosoCore_1_0_0_0.zip!Workflows/Approve-11111111-1111-1111-1111-111111111111.json"),
                    solution.flows().stream().map(FlowSource::displayPath).toList(), "the classic workflow is left out");
            assertEquals("Approve", solution.flows().get(0).displayName());
            assertTrue(solution.flows().get(0).knownCloudFlow());
            assertEquals(List.of(), artifact.problems());
        }
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "nothing is extracted next to the zip");
        }
    }

    @Test
    void readsAnUnpackedSolutionTheSameWay() throws Exception {
        Path folder = contoso().writeUnpacked(temp.resolve("src"));
        try (OpenArtifact artifact = reader.open(folder, "src")) {
            Solution solution = artifact.solution();
            assertEquals(ArtifactKind.UNPACKED_SOLUTION, solution.kind());
            assertEquals("ContosoCore", solution.name());
            assertEquals(List.of("src/Workflows/Approve-11111111-1111-1111-1111-111111111111.json"),
                    solution.flows().stream().map(FlowSource::displayPath).toList());
            assertEquals("Workflows/Approve-11111111-1111-1111-1111-111111111111.json",
                    artifact.contents().solutionRelative(solution.flows().get(0).displayPath()));
        }
    }

    @Test
    void readsEnvironmentVariablesWithTypesDefaultsAndCurrentValues() throws Exception {
        Path folder = contoso().writeUnpacked(temp.resolve("src"));
        try (OpenArtifact artifact = reader.open(folder, "src")) {
            EnvironmentVariable secret = artifact.solution().environmentVariable("contoso_ApiSecret").orElseThrow();
            assertTrue(secret.isSecret());
            assertEquals("API secret", secret.displayName());

            EnvironmentVariable url = artifact.solution().environmentVariable("contoso_ApiUrl").orElseThrow();
            assertEquals(EnvironmentVariableType.STRING, url.type());
            assertEquals("https://api.contoso.example", url.defaultValue());
            assertEquals("https://api.contoso.test", url.currentValue());
            assertEquals("src/environmentvariabledefinitions/contoso_ApiUrl/environmentvariabledefinition.xml", url.file());
        }
    }

    @Test
    void acceptsFolderNamesInAnyCase() throws Exception {
        Path folder = temp.resolve("lower");
        Files.createDirectories(folder.resolve("other"));
        Files.writeString(folder.resolve("other/solution.xml"), new SolutionBuilder("Lower").solutionXml());
        Files.createDirectories(folder.resolve("workflows"));
        Files.writeString(folder.resolve("workflows/Flow-33333333-3333-3333-3333-333333333333.json"), FLOW);
        try (OpenArtifact artifact = reader.open(folder, "lower")) {
            assertEquals("Lower", artifact.solution().name());
            assertEquals(1, artifact.solution().flows().size());
            assertFalse(artifact.solution().flows().get(0).knownCloudFlow(), "no metadata: the JSON shape decides");
        }
    }

    @Test
    void readsConnectionReferencesFromCustomizations() throws Exception {
        Path folder = contoso().file("Other/Customizations.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <ImportExportXml><connectionreferences>
                  <connectionreference connectionreferencelogicalname="contoso_sharedkeyvault">
                    <connectionreferencedisplayname>Key Vault</connectionreferencedisplayname>
                    <connectorid>/providers/Microsoft.PowerApps/apis/shared_keyvault</connectorid>
                  </connectionreference>
                </connectionreferences></ImportExportXml>
                """).writeUnpacked(temp.resolve("src"));
        try (OpenArtifact artifact = reader.open(folder, "src")) {
            assertEquals(List.of(new ConnectionReference("contoso_sharedkeyvault", "Key Vault",
                    "/providers/Microsoft.PowerApps/apis/shared_keyvault")), artifact.solution().connectionReferences());
        }
    }

    @Test
    void readsDeploymentSettingsFiles() throws Exception {
        Path settings = temp.resolve("prod.deploymentsettings.json");
        Files.writeString(settings, """
                {
                  "EnvironmentVariables": [
                    { "SchemaName": "contoso_ApiUrl", "Value": "https://api.contoso.com" }
                  ],
                  "ConnectionReferences": []
                }
                """);
        try (OpenArtifact artifact = reader.open(settings, "prod.deploymentsettings.json")) {
            assertEquals(ArtifactKind.SETTINGS, artifact.solution().kind());
            DeploymentSettings read = artifact.solution().settings().get(0);
            assertEquals(List.of(new SettingValue("contoso_ApiUrl", "https://api.contoso.com", "/EnvironmentVariables/0/Value")),
                    read.environmentVariables());
        }
    }

    @Test
    void notesUnreadableMetadataAndGoesOn() throws Exception {
        Path folder = contoso().file("environmentvariabledefinitions/broken/environmentvariabledefinition.xml",
                "<environmentvariabledefinition schemaname=\"x\"><type>").writeUnpacked(temp.resolve("src"));
        try (OpenArtifact artifact = reader.open(folder, "src")) {
            assertEquals(1, artifact.problems().size());
            ReadProblem problem = artifact.problems().get(0);
            assertEquals("src/environmentvariabledefinitions/broken/environmentvariabledefinition.xml", problem.file());
            assertTrue(problem.reason().startsWith("malformed XML"), problem.reason());
            assertEquals(1, artifact.solution().flows().size(), "the flows are still read");
        }
    }

    @Test
    void refusesXmlWithADoctype() throws Exception {
        Path secretFile = temp.resolve("secret.txt");
        Files.writeString(secretFile, "top-secret");
        Path folder = contoso().file("Other/Customizations.xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + "<ImportExportXml><connectionreferences><connectionreference connectionreferencelogicalname=\"&x;\"/>"
                + "</connectionreferences></ImportExportXml>").writeUnpacked(temp.resolve("src"));
        try (OpenArtifact artifact = reader.open(folder, "src")) {
            assertTrue(artifact.solution().connectionReferences().stream().noneMatch(r -> String.valueOf(r.logicalName()).contains("top-secret")));
            assertEquals(1, artifact.problems().size(), "the DTD is refused and reported");
            assertEquals("src/Other/Customizations.xml", artifact.problems().get(0).file());
        }
    }

    @Test
    void refusesTruncatedAndNonZipFiles() throws Exception {
        Path zip = contoso().writePacked(temp.resolve("whole.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = temp.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        UnreadableException cut = assertThrows(UnreadableException.class, () -> reader.open(truncated, "truncated.zip"));
        assertTrue(cut.getMessage().contains("truncated or not a zip"), cut.getMessage());

        Path text = temp.resolve("notes.zip");
        Files.writeString(text, "this is not a zip");
        assertThrows(UnreadableException.class, () -> reader.open(text, "notes.zip"));

        assertThrows(UnreadableException.class, () -> reader.open(temp.resolve("missing"), "missing"));
    }

    @Test
    void readsLegacyFlowPackages() throws Exception {
        Path folder = temp.resolve("package");
        Files.createDirectories(folder.resolve("Microsoft.Flow/flows/0e83eecd-6ba8-411a-a0bc-2f80099564dc"));
        Files.writeString(folder.resolve("manifest.json"), "{\"schema\":\"1.0\"}");
        Files.writeString(folder.resolve("Microsoft.Flow/flows/0e83eecd-6ba8-411a-a0bc-2f80099564dc/definition.json"), FLOW);
        Files.writeString(folder.resolve("Microsoft.Flow/flows/0e83eecd-6ba8-411a-a0bc-2f80099564dc/apisMap.json"), "{}");
        try (OpenArtifact artifact = reader.open(folder, "package")) {
            assertEquals(ArtifactKind.FLOW_PACKAGE, artifact.solution().kind());
            assertEquals(List.of("package/Microsoft.Flow/flows/0e83eecd-6ba8-411a-a0bc-2f80099564dc/definition.json"),
                    artifact.solution().flows().stream().map(FlowSource::displayPath).toList());
        }
    }
}
