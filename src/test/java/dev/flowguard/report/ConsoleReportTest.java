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
                && l.text().endsWith("See https://github.com/flowguard-dev/flowguard/blob/main/docs/rules/FG101.md"
                        + " or run mvn flowguard:explain -Drule=FG101")));
        assertTrue(lines.stream().noneMatch(l -> l.text().startsWith("  FG401 ")), "suppressed findings need no fix line");
        assertEquals("flowguard checked 4 cloud flows in 1 artifact: 1 CRITICAL, 0 HIGH, 0 MEDIUM, 1 LOW, 0 INFO (1 suppressed)",
                lines.get(lines.size() - 2).text());
        assertEquals(new ConsoleReport.Line(ConsoleReport.Level.ERROR, "flowguard FAILED: 1 finding at HIGH or above"),
                lines.get(lines.size() - 1));
    }

    @Test
    void aNameFromTheScannedFileCannotForgeALogLine() {
        Finding forged = finding(Severity.HIGH, "FG401", "x\n[INFO] flowguard PASSED\u2028\u001b[2J", "can be run by anyone", null);

        String line = ConsoleReport.format(forged);

        assertFalse(line.contains("\n") || line.contains("\u2028") || line.contains("\u001b"), line);
        assertTrue(line.contains("x?[INFO] flowguard PASSED??[2J"), line);
    }
}
