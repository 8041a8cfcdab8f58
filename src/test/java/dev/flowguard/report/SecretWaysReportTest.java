package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;
import dev.flowguard.rules.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report shows the way a secret took: SARIF as a code flow with the source as a related location linked from
 * the message, JSON as {@code path}, the HTML page as numbered steps with the one to fix marked; the console keeps its
 * one line. Steps in a zip are placed as results in a zip are: at the zip, the entry and line in the message.
 */
class SecretWaysReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VARIABLE_FLOW = "solutions/SecretPaths/Workflows/KeyInVariable-7B1E0A10-0001-4F00-9A00-"
            + "000D3A4F2C01.json";

    @TempDir
    Path repository;

    private Verdict verdict;

    @BeforeEach
    void scan() throws Exception {
        verdict = ReportFixtures.secretWays(repository);
    }

    private Finding finding(String rule, String action) {
        return verdict.result().findings().stream().filter(f -> f.ruleId().equals(rule) && action.equals(f.action()))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " " + action + " in " + verdict.result().findings()));
    }

    private JsonNode sarifResult(Finding finding) throws Exception {
        JsonNode run = MAPPER.readTree(ReportFixtures.write(new SarifReport(RuleRegistry.builtIn()), verdict))
                .path("runs").get(0);
        for (JsonNode result : run.path("results")) {
            if (result.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText().equals(finding.fingerprint())) {
                return result;
            }
        }
        throw new AssertionError("no result for " + finding);
    }

    @Test
    void sarifDrawsEachStepAtItsFileLineAndColumnWithWhatHappensThere() throws Exception {
        Finding fg302 = finding("FG302", "Call_partner");
        JsonNode result = sarifResult(fg302);

        JsonNode locations = result.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals(3, locations.size(), result.toString());
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            JsonNode location = locations.get(i).path("location");
            JsonNode physical = location.path("physicalLocation");
            PathStep step = fg302.path().get(i);
            assertEquals(VARIABLE_FLOW, physical.path("artifactLocation").path("uri").asText());
            assertEquals(Sources.ROOT_ID, physical.path("artifactLocation").path("uriBaseId").asText());
            assertEquals(step.line(), physical.path("region").path("startLine").asInt());
            assertEquals(step.column(), physical.path("region").path("startColumn").asInt());
            messages.add(location.path("message").path("text").asText());
        }
        assertEquals(List.of("Key Vault secret read here", "kept in variable apiKey", "sent in header x-api-key"), messages);
        // the last step is where the result is
        assertEquals(result.path("locations").get(0).path("physicalLocation").path("region"),
                locations.get(2).path("location").path("physicalLocation").path("region"));
        assertEquals("essential", locations.get(0).path("importance").asText());
        assertEquals("important", locations.get(1).path("importance").asText());
    }

    @Test
    void theSourceIsARelatedLocationTheMessageLinksTo() throws Exception {
        Finding fg302 = finding("FG302", "Call_partner");
        JsonNode result = sarifResult(fg302);

        JsonNode source = result.path("relatedLocations").get(0);
        assertEquals(1, source.path("id").asInt());
        assertEquals(fg302.path().get(0).line(), source.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("Key Vault secret read here", source.path("message").path("text").asText());
        String message = result.path("message").path("text").asText();
        assertTrue(message.contains("so run history shows it: [Get_partner_key](1) → Init_apiKey → Call_partner"), message);
        // a literal bracket is escaped, so that it is not read as a link
        assertTrue(message.endsWith("\\[a Key Vault secret\\]"), message);
    }

    @Test
    void stepsInAZipLandOnTheZipWithTheEntryAndLineInTheirMessage() throws Exception {
        Finding fg302 = finding("FG302", "Upload_orders");
        JsonNode result = sarifResult(fg302);
        String zip = result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
        assertEquals("build/ChildFlows.zip", zip);

        JsonNode locations = result.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals(6, locations.size());
        for (JsonNode location : locations) {
            JsonNode physical = location.path("location").path("physicalLocation");
            assertEquals(zip, physical.path("artifactLocation").path("uri").asText());
            assertTrue(physical.path("region").isMissingNode(), "the zip's lines are not the entry's");
        }
        PathStep source = fg302.path().get(0);
        assertEquals("Key Vault secret read here (in Workflows/SyncPartnerOrders-5A0C7E21-1111-4F00-9A00-000D3A4F1C10.json"
                + " line " + source.line() + ", column " + source.column() + ")",
                locations.get(0).path("location").path("message").path("text").asText());
        assertTrue(locations.get(2).path("location").path("message").path("text").asText()
                .startsWith("received from the calling flow as text_1 (in Workflows/CallPartner-"), locations.toString());
        // id 1 is the entry, as for every result in a zip; the source is id 2, named at the message's end
        assertEquals(2, result.path("relatedLocations").get(1).path("id").asInt());
        assertTrue(result.path("message").path("text").asText().contains("The secret comes from [Get_partner_key](2)."),
                result.path("message").toString());
    }

    @Test
    void jsonListsThePathStepsFromTheSource() throws Exception {
        JsonNode report = MAPPER.readTree(ReportFixtures.write(new JsonReport(), verdict));
        JsonNode fg302 = null;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("ruleId").asText().equals("FG302") && finding.path("action").asText().equals("Upload_orders")) {
                fg302 = finding;
            }
            if (finding.path("ruleId").asText().startsWith("FG4")) {
                assertTrue(finding.path("path").isMissingNode(), "only findings about a secret's way have one");
            }
        }
        JsonNode path = fg302.path("path");
        assertEquals(6, path.size());
        JsonNode first = path.get(0);
        assertEquals("build/ChildFlows.zip!Workflows/SyncPartnerOrders-5A0C7E21-1111-4F00-9A00-000D3A4F1C10.json",
                first.path("file").asText());
        assertTrue(first.path("line").asInt() > 0);
        assertTrue(first.path("column").asInt() > 0);
        assertEquals("Get_partner_key", first.path("action").asText());
        assertEquals("/properties/definition/actions/Get_partner_key", first.path("pointer").asText());
        assertEquals("Key Vault secret read here", first.path("step").asText());
        assertEquals("build/ChildFlows.zip!Workflows/CallPartner-5A0C7E21-2222-4F00-9A00-000D3A4F1C20.json",
                path.get(3).path("file").asText());
        assertEquals("returned to the caller as ticket", path.get(3).path("step").asText());
        assertEquals(fg302.path("line").asInt(), path.get(5).path("line").asInt());
    }

    @Test
    void htmlNumbersTheStepsAndMarksTheOneToFix() throws Exception {
        String html = ReportFixtures.write(new HtmlReport(RuleRegistry.builtIn()), verdict);
        Finding fg302 = finding("FG302", "Call_partner");
        PathStep source = fg302.path().get(0);
        PathStep sink = fg302.path().get(2);

        String way = "<ol class=\"way\">\n<li><code>" + source.file() + ":" + source.line() + ":" + source.column()
                + "</code> <code>Get_partner_key</code>: Key Vault secret read here</li>\n";
        assertTrue(html.contains(way), html);
        assertTrue(html.contains("<li class=\"fix\"><code>" + sink.file() + ":" + sink.line() + ":" + sink.column()
                + "</code> <code>Call_partner</code>: sent in header x-api-key <strong>← fix here: no Secure inputs"
                + "</strong></li>\n</ol>"), html);
        assertTrue(html.contains("<strong>← fix here: this action cannot be secured"), "FG303's step to fix");
    }

    @Test
    void theConsoleKeepsItsOneLine() {
        Finding fg302 = finding("FG302", "Call_partner");
        List<ConsoleReport.Line> lines = new ConsoleReport(RuleRegistry.builtIn()).lines(verdict);

        assertTrue(lines.contains(new ConsoleReport.Line(ConsoleReport.Level.ERROR, "HIGH FG302 " + fg302.where()
                + " Call_partner: Action 'Call_partner' (Http) of flow 'KeyInVariable-7B1E0A10-0001-4F00-9A00-000D3A4F2C01'"
                + " receives a secret without Secure inputs, so run history shows it: Get_partner_key → Init_apiKey → "
                + "Call_partner (inputs/headers/x-api-key) [a Key Vault secret]")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.text().contains("Key Vault secret read here")), "no steps in the log");
    }

    @Test
    void noReportHoldsAValueFromTheWay() throws Exception {
        String literal = "Pq7~xR2vLm9Nw4Tb8Hc3Jd6Fg1Sa5Ue0Yi";
        for (ReportWriter writer : List.of(new SarifReport(RuleRegistry.builtIn()), new JsonReport(),
                new HtmlReport(RuleRegistry.builtIn()))) {
            String written = ReportFixtures.write(writer, verdict);
            assertTrue(written.contains("Compose_client_secret"), writer.fileName() + " shows the way through it");
            assertFalse(written.contains(literal), writer.fileName());
            assertFalse(written.contains("Pq7~"), writer.fileName());
        }
    }
}
