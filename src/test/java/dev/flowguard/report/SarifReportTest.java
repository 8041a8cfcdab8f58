package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.flowguard.TestSolutions;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SarifReport report = new SarifReport(RuleRegistry.builtIn());

    private JsonNode sarif(Verdict verdict) throws Exception {
        return MAPPER.readTree(ReportFixtures.write(report, verdict));
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    @TempDir
    Path repository;

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        JsonNode ways = sarif(ReportFixtures.secretWays(repository));
        for (JsonNode log : List.of(sarif(ReportFixtures.contosoIntake()), sarif(ReportFixtures.mixed()), ways)) {
            Set<ValidationMessage> errors = schema().validate(log);
            assertTrue(errors.isEmpty(), errors.toString());
        }
        // the check covers code flows and related sources, in a folder and in a zip
        JsonNode results = ways.path("runs").get(0).path("results");
        assertTrue(results.findValues("codeFlows").size() > 5, results.toString());
        assertTrue(results.findValues("uri").stream().anyMatch(uri -> uri.asText().endsWith(".zip")));
        assertTrue(results.findValues("uri").stream().anyMatch(uri -> uri.asText().endsWith(".json")));
    }

    @Test
    void theSchemaCheckCatchesABrokenCodeFlow() throws Exception {
        JsonNode log = sarif(ReportFixtures.secretWays(repository));
        for (JsonNode result : log.path("runs").get(0).path("results")) {
            if (result.has("codeFlows")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) result.path("codeFlows").get(0).path("threadFlows").get(0)
                        .path("locations").get(0)).put("importance", "vital");
                break;
            }
        }

        assertFalse(schema().validate(log).isEmpty());
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws Exception {
        JsonNode broken = sarif(ReportFixtures.contosoIntake());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");

        assertFalse(schema().validate(broken).isEmpty());
    }

    @Test
    void describesEveryRuleOnceWithHelpAndSecuritySeverity() throws Exception {
        JsonNode driver = sarif(ReportFixtures.contosoIntake()).path("runs").get(0).path("tool").path("driver");
        assertEquals("flowguard", driver.path("name").asText());
        assertFalse(driver.path("version").asText().isEmpty());
        assertTrue(driver.path("informationUri").isMissingNode(), "no address that may not exist");

        Set<String> ids = new HashSet<>();
        for (JsonNode rule : driver.path("rules")) {
            assertTrue(ids.add(rule.path("id").asText()), "duplicate rule " + rule.path("id"));
            assertFalse(rule.path("shortDescription").path("text").asText().isEmpty());
            assertFalse(rule.path("fullDescription").path("text").asText().isEmpty());
            // the bundled page, as flowguard:explain prints it, travels in the log: no link to follow
            String id = rule.path("id").asText();
            assertTrue(rule.path("help").path("markdown").asText().startsWith("# " + id + " "), rule.path("help").toString());
            assertTrue(rule.path("help").path("text").asText().startsWith(id + " "), rule.path("help").toString());
            assertFalse(rule.path("help").path("markdown").asText().matches("(?s).*\\]\\((?!https?:)[^)]*\\.md\\).*"),
                    "no relative link into docs that are not there: " + id);
            assertTrue(rule.path("helpUri").isMissingNode());
            assertTrue(rule.path("properties").path("security-severity").isTextual());
            Double.parseDouble(rule.path("properties").path("security-severity").asText());
            assertEquals("security", rule.path("properties").path("tags").get(0).asText());
        }
        JsonNode fg401 = rule(driver, "FG401");
        assertEquals("http-trigger-anyone", fg401.path("name").asText());
        assertEquals("error", fg401.path("defaultConfiguration").path("level").asText());
        assertEquals("8.0", fg401.path("properties").path("security-severity").asText());
        assertEquals("note", rule(driver, "FG402").path("defaultConfiguration").path("level").asText());
        assertEquals("1.0", rule(driver, "FG402").path("properties").path("security-severity").asText());
    }

    @Test
    void aTeamThatHostsThePagesGetsLinksToThem() throws Exception {
        Verdict hosted = ReportFixtures.contosoIntake()
                .explainedBy(new RuleHelp("https://git.contoso.com/tools/flowguard/docs/rules/", RuleHelp.PREFIX_COMMAND));

        JsonNode fg401 = rule(sarif(hosted).path("runs").get(0).path("tool").path("driver"), "FG401");

        assertEquals("https://git.contoso.com/tools/flowguard/docs/rules/FG401.md", fg401.path("helpUri").asText());
        assertTrue(fg401.path("help").path("markdown").asText()
                .contains("[FG403](https://git.contoso.com/tools/flowguard/docs/rules/FG403.md)"));
        assertTrue(fg401.path("help").path("markdown").asText()
                .contains("[suppressions](https://git.contoso.com/tools/flowguard/docs/suppressions.md)"));
    }

    @Test
    void eachRunSaysWhichModuleItIs() throws Exception {
        Verdict module = Verdict.of(TestSolutions.scanContosoIntake(), dev.flowguard.rules.Severity.HIGH, true, "contoso-hr",
                java.time.Instant.now());

        assertEquals("flowguard/contoso-hr/", sarif(module).path("runs").get(0).path("automationDetails").path("id").asText());
        assertEquals("flowguard/", sarif(ReportFixtures.contosoIntake()).path("runs").get(0).path("automationDetails")
                .path("id").asText());
    }

    @Test
    void resultsPointAtFileLineActionAndRule() throws Exception {
        JsonNode run = sarif(ReportFixtures.contosoIntake()).path("runs").get(0);
        JsonNode intake = result(run, "IntakeWebhook");

        assertEquals("FG401", intake.path("ruleId").asText());
        assertEquals("FG401", run.path("tool").path("driver").path("rules").get(intake.path("ruleIndex").asInt())
                .path("id").asText());
        assertEquals("error", intake.path("level").asText());
        JsonNode physical = intake.path("locations").get(0).path("physicalLocation");
        assertEquals("solutions/ContosoIntake/Workflows/IntakeWebhook-B38B49EE-41FC-EB11-94EF-002248237D7D.json",
                physical.path("artifactLocation").path("uri").asText());
        assertTrue(physical.path("region").path("startLine").asInt() > 1);
        assertTrue(physical.path("region").path("startColumn").asInt() >= 1);
        JsonNode logical = intake.path("locations").get(0).path("logicalLocations");
        assertEquals("Intake <webhook> & triage", logical.get(0).path("name").asText());
        assertEquals("Intake <webhook> & triage/manual", logical.get(1).path("fullyQualifiedName").asText());
        assertEquals(32, intake.path("partialFingerprints").path("flowguard/v1").asText().length());
        assertTrue(intake.path("suppressions").isMissingNode());
    }

    @Test
    void suppressedResultsCarryKindAndJustification() throws Exception {
        JsonNode run = sarif(ReportFixtures.mixed()).path("runs").get(0);

        JsonNode inline = result(run, "PartnerCallback").path("suppressions").get(0);
        assertEquals("inSource", inline.path("kind").asText());
        assertTrue(inline.path("justification").asText().contains("the partner gateway cannot sign in"));
        JsonNode external = result(run, "Broken.zip").path("suppressions").get(0);
        assertEquals("external", external.path("kind").asText());
        assertTrue(external.path("justification").asText().endsWith("legacy export, replaced in Q1"));
    }

    @Test
    void aZipEntryIsPlacedOnTheZipAndNestedInIt() throws Exception {
        JsonNode run = sarif(ReportFixtures.mixed()).path("runs").get(0);
        JsonNode zipped = result(run, "Contoso%20Sales");
        JsonNode physical = zipped.path("locations").get(0).path("physicalLocation");

        assertEquals("build/Contoso%20Sales_1_0_0_1.zip", physical.path("artifactLocation").path("uri").asText());
        assertTrue(physical.path("region").isMissingNode());
        JsonNode related = zipped.path("relatedLocations").get(0).path("physicalLocation");
        assertEquals(12, related.path("region").path("startLine").asInt());
        assertEquals(21, related.path("region").path("startColumn").asInt());
        JsonNode entry = run.path("artifacts").get(related.path("artifactLocation").path("index").asInt());
        assertEquals("Workflows/Sync%3Cx%3E-6A1F4C2E-0B7D-4E3A-9C5F-1D2E3F4A5B6C.json", entry.path("location").path("uri").asText());
        assertEquals(physical.path("artifactLocation").path("index").asInt(), entry.path("parentIndex").asInt());
        assertTrue(zipped.path("message").path("text").asText().endsWith("(in Workflows/Sync<x>-6A1F4C2E-0B7D-4E3A-9C5F-"
                + "1D2E3F4A5B6C.json line 12, column 21 inside build/Contoso Sales_1_0_0_1.zip)"), zipped.path("message").toString());
    }

    @Test
    void fileLevelFindingsHaveNoRegionAndNoLogicalLocation() throws Exception {
        JsonNode broken = result(sarif(ReportFixtures.mixed()).path("runs").get(0), "Broken.zip");

        assertTrue(broken.path("locations").get(0).path("physicalLocation").path("region").isMissingNode());
        assertTrue(broken.path("locations").get(0).path("logicalLocations").isMissingNode());
    }

    @Test
    void uriKeepsRelativePathsRelative() {
        assertEquals("solutions/My%20Flows/a.json", SarifReport.uri("solutions\\My Flows\\a.json"));
        assertEquals("file:///C:/work/My.zip!Workflows/x.json", SarifReport.uri("C:\\work\\My.zip!Workflows\\x.json"));
        assertEquals("file:///tmp/%C3%A9t%C3%A9.zip", SarifReport.uri("/tmp/été.zip"));
    }

    private static JsonNode rule(JsonNode driver, String id) {
        for (JsonNode rule : driver.path("rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode result(JsonNode run, String uriContains) {
        for (JsonNode result : run.path("results")) {
            if (result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
                    .contains(uriContains)) {
                return result;
            }
        }
        throw new AssertionError("no result in " + uriContains);
    }
}
