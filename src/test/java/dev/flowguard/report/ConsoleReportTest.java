package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static Finding finding(Severity severity, String ruleId, String action, String message, Suppression suppression) {
        return new Finding(ruleId, severity, "Contoso", "Orders", "src/Contoso/Workflows/Orders-1.json", 12, 7,
                "/properties/definition/actions/" + action, action, "Scope/" + action, message, "f" + ruleId + action,
                suppression);
    }

    @Test
    void printsOneLinePerFindingThenHowToFixCountsAndTheOutcome() {
        ScanResult result = new ScanResult(List.of("Contoso"), 4, List.of(
                finding(Severity.CRITICAL, "FG101", "Call_API", "holds a literal client secret: <redacted 40 chars>", null),
                finding(Severity.LOW, "FG204", "Call_API", "hardcodes a SharePoint site URL", null),
                finding(Severity.HIGH, "FG401", "manual", "can be run by anyone",
                        Suppression.file("flowguard-suppressions.xml entry 1 (FG401, flow 'Orders')", "behind API Management"))));

        List<ConsoleReport.Line> lines = new ConsoleReport(RuleRegistry.builtIn()).lines(Verdict.of(result, Severity.HIGH, true));

        assertEquals(new ConsoleReport.Line(ConsoleReport.Level.ERROR, "CRITICAL FG101 src/Contoso/Workflows/Orders-1.json:12:7 "
                + "Scope/Call_API: holds a literal client secret: <redacted 40 chars>"), lines.get(0));
        assertEquals(ConsoleReport.Level.WARN, lines.get(1).level(), "below the failing level: a warning");
        assertEquals(ConsoleReport.Level.INFO, lines.get(2).level());
        assertTrue(lines.get(2).text().endsWith("[suppressed: flowguard-suppressions.xml entry 1 (FG401, flow 'Orders'): behind API Management]"));
        assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("  FG101 hardcoded-credential-in-authentication (1): ")
                && l.text().endsWith(" Run mvn flowguard:explain -Drule=FG101 for the rule's page.")));
        assertTrue(lines.stream().noneMatch(l -> l.text().startsWith("  FG401 ")), "suppressed findings need no fix line");
        assertEquals("flowguard checked 4 cloud flows in 1 artifact: 1 CRITICAL, 0 HIGH, 0 MEDIUM, 1 LOW, 0 INFO (1 suppressed)",
                lines.get(lines.size() - 2).text());
        assertEquals(new ConsoleReport.Line(ConsoleReport.Level.ERROR, "flowguard FAILED: 1 finding at HIGH or above"),
                lines.get(lines.size() - 1));
    }

    @Test
    void logicAppsWorkflowsAreCountedAsWorkflowsNotCloudFlows() {
        Verdict logicApps = Verdict.of(new ScanResult(List.of("orders-intake"), 3, 3, List.of()), Severity.HIGH, true);
        Verdict both = Verdict.of(new ScanResult(List.of("Contoso", "orders-intake"), 5, 1, List.of()), Severity.HIGH, true);
        Verdict flowsOnly = Verdict.of(new ScanResult(List.of("Contoso"), 1, List.of()), Severity.HIGH, true);

        assertEquals("flowguard checked 0 cloud flows and 3 workflows in 1 artifact: 0 CRITICAL, 0 HIGH, 0 MEDIUM, 0 LOW, "
                + "0 INFO", ConsoleReport.summary(logicApps));
        assertTrue(ConsoleReport.summary(both).startsWith("flowguard checked 4 cloud flows and 1 workflow in 2 artifacts"),
                ConsoleReport.summary(both));
        assertTrue(ConsoleReport.summary(flowsOnly).startsWith("flowguard checked 1 cloud flow in 1 artifact:"),
                ConsoleReport.summary(flowsOnly));
    }

    @Test
    void baselineAcceptedFindingsAreCountedNotListedOnEveryBuild() {
        ScanResult result = new ScanResult(List.of("Contoso"), 4, List.of(
                finding(Severity.HIGH, "FG401", "manual", "can be run by anyone", Suppression.baseline("flowguard-baseline.json")),
                finding(Severity.LOW, "FG204", "Call_API", "hardcodes a SharePoint site URL",
                        Suppression.baseline("flowguard-baseline.json")),
                finding(Severity.HIGH, "FG401", "other", "can be run by anyone", Suppression.inline("behind APIM (SEC-1)"))));

        List<ConsoleReport.Line> lines = new ConsoleReport(RuleRegistry.builtIn()).lines(Verdict.of(result, Severity.HIGH, true));

        assertEquals(1, lines.stream().filter(l -> l.text().contains(" FG401 ")).count(), "only the inline one: " + lines);
        assertTrue(lines.contains(new ConsoleReport.Line(ConsoleReport.Level.INFO, "flowguard: 2 findings accepted by the "
                + "baseline (flowguard-baseline.json) not listed; every report file has them")), lines.toString());
    }

    @Test
    void aLongMessageIsCutAtAWordNotALongLine() {
        String message = "holds a literal client secret " + "and a very long explanation of it ".repeat(30);
        String line = ConsoleReport.format(finding(Severity.HIGH, "FG101", "Call_API", message, null));

        assertTrue(line.length() <= ConsoleReport.MAX_LINE + 1, line.length() + ": " + line);
        assertTrue(line.endsWith("…"));
        assertTrue(line.startsWith("HIGH FG101 src/Contoso/Workflows/Orders-1.json:12:7 Scope/Call_API: holds a literal"));
    }

    @Test
    void withDocsUrlTheFixLineLinksThere() {
        ScanResult result = new ScanResult(List.of("Contoso"), 1, List.of(
                finding(Severity.CRITICAL, "FG101", "Call_API", "holds a literal client secret", null)));
        Verdict verdict = Verdict.of(result, Severity.HIGH, true)
                .explainedBy(new RuleHelp("https://wiki.contoso.com/flowguard/{rule}", RuleHelp.PREFIX_COMMAND));

        assertTrue(new ConsoleReport(RuleRegistry.builtIn()).lines(verdict).stream().anyMatch(l -> l.text().endsWith(
                " See https://wiki.contoso.com/flowguard/FG101 or run mvn flowguard:explain -Drule=FG101.")));
    }

    @Test
    void aNameFromTheScannedFileCannotForgeALogLine() {
        Finding forged = finding(Severity.HIGH, "FG401", "x\n[INFO] flowguard PASSED\u2028\u001b[2J", "can be run by anyone", null);

        String line = ConsoleReport.format(forged);

        assertFalse(line.contains("\n") || line.contains("\u2028") || line.contains("\u001b"), line);
        assertTrue(line.contains("x?[INFO] flowguard PASSED??[2J"), line);
    }
}
