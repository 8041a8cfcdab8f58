package dev.flowguard.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.TestSolutions;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static List<SuppressionEntry> entries(String body) {
        return SuppressionsFile.parse(new ByteArrayInputStream(("<suppressions>" + body + "</suppressions>")
                .getBytes(StandardCharsets.UTF_8)), "flowguard-suppressions.xml");
    }

    private static List<Finding> failing(Suppressions.Outcome outcome) {
        return new ScanResult(List.of(), 0, outcome.findings()).failing(Severity.HIGH);
    }

    private static Suppressions fileOnly(String body) {
        return new Suppressions(entries(body), "flowguard-suppressions.xml", null, "");
    }

    @Test
    void aFileEntrySuppressesMatchingFindingsWithItsReason() {
        Suppressions suppressions = fileOnly("""
                <suppression><rule>FG401</rule><flow>intake*</flow><action>manual</action>
                  <reason>Webhook for the ticket system, IP-restricted (SEC-7)</reason><until>2026-11-27</until></suppression>
                """);

        Suppressions.Outcome outcome = suppressions.apply(TestSolutions.scanContosoIntake().findings(), TODAY);

        Finding intake = TestSolutions.only(outcome.findings(), "FG401", "IntakeWebhook");
        assertEquals("flowguard-suppressions.xml entry 1 (FG401, flow 'intake*', action 'manual'): "
                + "Webhook for the ticket system, IP-restricted (SEC-7) (until 2026-11-27)", intake.suppression().describe());
        assertTrue(failing(outcome).isEmpty());
        assertTrue(outcome.notices().isEmpty(), outcome.notices().toString());
    }

    @Test
    void aFlowPatternAlsoMatchesTheFlowFile() {
        Suppressions suppressions = fileOnly("<suppression><rule>FG40?</rule><flow>Workflows/IntakeWebhook-*.json</flow>"
                + "<reason>accepted</reason></suppression>");

        Suppressions.Outcome result = suppressions.apply(TestSolutions.scanContosoIntake().findings(), TODAY);

        assertTrue(TestSolutions.only(result.findings(), "FG401", "IntakeWebhook").suppressed());
        assertFalse(TestSolutions.only(result.findings(), "FG402", "TenantStatus").suppressed());
    }

    @Test
    void anInlineReasonIsKeptWhenAFileEntryAlsoMatches() {
        Suppressions suppressions = fileOnly("<suppression><rule>FG401</rule><flow>*</flow><reason>all</reason></suppression>");

        Suppressions.Outcome result = suppressions.apply(TestSolutions.scanContosoIntake().findings(), TODAY);

        assertTrue(TestSolutions.only(result.findings(), "FG401", "PartnerCallback").suppression().describe().startsWith("inline: "));
    }

    @Test
    void anExpiredEntryNoLongerAppliesAndSaysSo() {
        Suppressions suppressions = fileOnly("<suppression><rule>FG401</rule><flow>Intake*</flow>"
                + "<reason>until the gateway supports OAuth</reason><until>2026-11-26</until></suppression>");

        Suppressions.Outcome outcome = suppressions.apply(TestSolutions.scanContosoIntake().findings(), TODAY);

        assertFalse(TestSolutions.only(outcome.findings(), "FG401", "IntakeWebhook").suppressed());
        assertEquals(1, failing(outcome).size());
        assertEquals(List.of(new Notice(true, "flowguard-suppressions.xml entry 1 (FG401, flow 'Intake*') expired on "
                + "2026-11-26 and no longer applies (until the gateway supports OAuth)")), outcome.notices());
    }

    @Test
    void anEntryThatMatchesNothingIsMentioned() {
        Suppressions.Outcome outcome = fileOnly("<suppression><rule>FG101</rule><flow>Intake*</flow><reason>r</reason>"
                + "</suppression>").apply(TestSolutions.scanContosoIntake().findings(), TODAY);

        assertEquals(List.of(new Notice(false, "flowguard-suppressions.xml entry 1 (FG101, flow 'Intake*') matched no finding")),
                outcome.notices());
    }

    @Test
    void baselineRoundTripAcceptsTodaysFindingsAndFailsOnNewOnes(@TempDir Path dir) throws Exception {
        ScanResult today = TestSolutions.scanContosoIntake();
        Baseline written = Baseline.of(today.findings());
        Path file = dir.resolve("flowguard-baseline.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            written.write(out, "test");
        }
        // the inline-suppressed FG401 stays accepted inline; the other two are what the team accepts
        assertEquals(2, written.entries().size());

        Suppressions withBaseline = new Suppressions(List.of(), "flowguard-suppressions.xml", Baseline.read(file),
                "flowguard-baseline.json");
        Suppressions.Outcome rerun = withBaseline.apply(today.findings(), TODAY);
        assertTrue(rerun.findings().stream().allMatch(Finding::suppressed));
        assertEquals(List.of(new Notice(false, "flowguard-baseline.json: 2 of 2 accepted findings still present; "
                + "only findings not in it count")), rerun.notices());
        assertEquals("baseline: accepted in flowguard-baseline.json",
                TestSolutions.only(rerun.findings(), "FG401", "IntakeWebhook").suppression().describe());

        List<Finding> withNewLeak = new ArrayList<>(today.findings());
        Finding old = TestSolutions.only(today.findings(), "FG401", "IntakeWebhook");
        withNewLeak.add(new Finding("FG401", Severity.HIGH, old.solution(), "Orders webhook",
                "solutions/ContosoIntake/Workflows/OrdersWebhook-0F6E3C55-1A2B-4C3D-8E9F-001122334455.json", 21, 20,
                old.jsonPointer(), "manual", "manual", "HTTP trigger 'manual' of flow 'Orders webhook' can be run by anyone",
                "9f2d6c1e8a7b4c3d2e1f0a9b8c7d6e5f", null));
        Suppressions.Outcome withNew = withBaseline.apply(withNewLeak, TODAY);
        List<Finding> failing = failing(withNew);
        assertEquals(1, failing.size());
        assertEquals("Orders webhook", failing.get(0).flow());
    }

    @Test
    void baselineEntriesThatNoLongerMatchAreReported() {
        ScanResult today = TestSolutions.scanContosoIntake();
        List<BaselineEntry> entries = new ArrayList<>(Baseline.of(today.findings()).entries());
        entries.add(new BaselineEntry("00000000000000000000000000000000", "FG401",
                "solutions/ContosoIntake/Workflows/Retired-5E5E5E5E-0000-4000-8000-000000000000.json", "Retired flow", "manual"));

        Suppressions.Outcome outcome = new Suppressions(List.of(), "", new Baseline(entries), "flowguard-baseline.json")
                .apply(today.findings(), TODAY);

        assertEquals(List.of(
                new Notice(false, "flowguard-baseline.json: 2 of 3 accepted findings still present; "
                        + "only findings not in it count"),
                new Notice(true, "1 entry of flowguard-baseline.json no longer matches a finding (fixed, or changed); "
                        + "run mvn flowguard:baseline to drop them:"),
                new Notice(true, "  FG401 solutions/ContosoIntake/Workflows/Retired-5E5E5E5E-0000-4000-8000-000000000000.json "
                        + "manual [00000000000000000000000000000000]")), outcome.notices());
    }

    @Test
    void aModuleRewritesOnlyItsOwnEntriesOfASharedBaseline() {
        ScanResult today = TestSolutions.scanContosoIntake();
        Baseline hr = Baseline.of(today.findings(), "contoso-hr");
        Baseline legacy = new Baseline(List.of(new BaselineEntry("11111111111111111111111111111111", "FG204", "x.json", null, null)));
        Baseline shared = new Baseline(List.of()).replacing("contoso-hr", hr).replacing(null, legacy);

        Baseline rewritten = shared.replacing("contoso-expenses", Baseline.of(today.findings(), "contoso-expenses"));

        assertEquals(2, rewritten.entries().stream().filter(e -> "contoso-hr".equals(e.module())).count());
        assertEquals(2, rewritten.entries().stream().filter(e -> "contoso-expenses".equals(e.module())).count());
        assertEquals(1, rewritten.entries().stream().filter(e -> e.module() == null).count(), "an unclaimed entry stays");
        assertEquals(rewritten, rewritten.replacing("contoso-expenses", Baseline.of(today.findings(), "contoso-expenses")),
                "rewriting again changes nothing");
        assertEquals(4, rewritten.withoutUnclaimed(java.util.Set.of()).entries().size());
    }

    @Test
    void eachModuleJudgesOnlyItsOwnEntriesOfASharedBaseline() {
        ScanResult today = TestSolutions.scanContosoIntake();
        List<BaselineEntry> entries = new ArrayList<>(Baseline.of(today.findings(), "contoso-intake").entries());
        entries.add(new BaselineEntry("22222222222222222222222222222222", "FG401", "solution/Hr/Workflows/Hire.json",
                "Hire", "manual", "contoso-hr"));

        Suppressions.Outcome outcome = new Suppressions(List.of(), "flowguard-suppressions.xml", false, new Baseline(entries),
                "flowguard-baseline.json", true, "contoso-intake").apply(today.findings(), TODAY);

        assertEquals(List.of(new Notice(false, "flowguard-baseline.json: 2 of 2 accepted findings of contoso-intake still "
                + "present; only findings not in it count")), outcome.notices(), "contoso-hr's entry is not intake's to judge");
    }

    @Test
    void aBrokenBaselineSaysWhereInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flowguard-baseline.json");
        Files.writeString(file, "{\n  \"findings\": [\n    { \"fingerprint\": \"abc\", }\n  ]\n}\n");

        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Baseline.read(file, "flowguard-baseline.json"));

        assertEquals("baseline file flowguard-baseline.json is not valid JSON (line 3, column 29); fix it, or delete it "
                + "and write it again with mvn flowguard:baseline", error.getMessage());
    }

    @Test
    void baselineFileIsStableAndHoldsNoMessage() throws Exception {
        ScanResult today = TestSolutions.scanContosoIntake();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Baseline.of(today.findings()).write(first, "1.0");
        List<Finding> reversed = new ArrayList<>(today.findings());
        java.util.Collections.reverse(reversed);
        Baseline.of(reversed).write(second, "1.0");

        String text = first.toString(StandardCharsets.UTF_8);
        assertEquals(text, second.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("\"ruleId\" : \"FG401\""), text);
        assertFalse(text.contains("message"), text);
    }

    @Test
    void aBaselineWithoutFindingsArrayIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flowguard-baseline.json");
        Files.writeString(file, "{\"fingerprints\": []}");

        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Baseline.read(file));
        assertTrue(error.getMessage().contains("has no \"findings\" array; write it with mvn flowguard:baseline"));
    }
}
