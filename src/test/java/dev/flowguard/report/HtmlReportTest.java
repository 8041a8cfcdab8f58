package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final HtmlReport report = new HtmlReport(RuleRegistry.builtIn());

    @Test
    void isOneSelfContainedPage() throws Exception {
        String html = ReportFixtures.write(report, ReportFixtures.mixed());

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no script, and no unescaped one from a flow name");
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("@import"));
        assertFalse(Pattern.compile("\\ssrc\\s*=").matcher(html).find());
        assertFalse(html.contains("url("));
        // no address that may not exist: the only links are to the rule rows on the page itself
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).matches("#rule-FG\\d{3}"), href.group(1));
        }
    }

    @Test
    void escapesEveryValueFromTheFlow() throws Exception {
        String html = ReportFixtures.write(report, ReportFixtures.mixed());

        assertTrue(html.contains("Sync &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("Intake &lt;webhook&gt; &amp; triage"));
        assertFalse(html.contains("\u0001"));
    }

    @Test
    void countsBySeverityAndRule() throws Exception {
        String html = ReportFixtures.write(report, ReportFixtures.contosoIntake());

        assertTrue(html.contains("<tr><td class=\"HIGH\">HIGH</td><td class=\"n\">1</td></tr>"), html);
        assertTrue(html.contains("<tr><td class=\"INFO\">INFO</td><td class=\"n\">1</td></tr>"));
        assertTrue(html.contains("<tr><td>suppressed</td><td class=\"n\">1</td></tr>"));
        assertTrue(html.contains("<tr id=\"rule-FG401\"><td>FG401</td><td>http-trigger-anyone</td><td class=\"HIGH\">HIGH</td>"
                + "<td class=\"n\">1</td><td class=\"n\">1</td><td>In the trigger set"), html);
        assertTrue(html.contains("<code>mvn flowguard:explain -Drule=FG401</code>"));
        assertTrue(html.contains("flowguard FAILED: 1 finding at HIGH or above"));
    }

    @Test
    void groupsFindingsBySolutionFlowAndActionFailingFirstAndTheFixOncePerRule() throws Exception {
        String html = ReportFixtures.write(report, ReportFixtures.contosoIntake());
        int failing = html.indexOf("<h2 id=\"failing\">Findings that fail the build (1)</h2>");
        int solution = html.indexOf("<h3>Solution ContosoIntake</h3>", failing);
        int flow = html.indexOf("<h4>Flow Intake &lt;webhook&gt; &amp; triage (solutions/ContosoIntake/Workflows/IntakeWebhook-");
        int action = html.indexOf("Action <code>manual</code>", flow);
        int below = html.indexOf("<h2 id=\"other\">Findings below failOnSeverity (1)</h2>");
        int info = html.indexOf("TenantStatus", below);

        assertTrue(failing > 0 && solution > failing && flow > solution && action > flow && below > action && info > below, html);
        assertTrue(html.contains("HIGH ✖</span>"), "a failing finding is marked");
        assertEquals(1, html.split("In the trigger set", -1).length - 1, "the fix is written once, in the rule's row");
    }

    @Test
    void suppressedFindingsStandApartWithTheirReasons() throws Exception {
        String html = ReportFixtures.write(report, ReportFixtures.mixed());
        String suppressed = html.substring(html.indexOf("<h2 id=\"suppressed\">"));
        String findings = html.substring(html.indexOf("<h2 id=\"failing\">"), html.indexOf("<h2 id=\"suppressed\">"));

        assertTrue(suppressed.startsWith("<h2 id=\"suppressed\">Suppressed findings (2)</h2>"));
        assertTrue(suppressed.contains("inline: the partner gateway cannot sign in; the URL is rotated monthly (SEC-118)"));
        assertTrue(suppressed.contains("legacy export, replaced in Q1"));
        assertFalse(findings.contains("PartnerCallback"), "suppressed findings are not among those that count");
    }

    @Test
    void aCleanScanSaysSo() throws Exception {
        String html = ReportFixtures.write(report, Verdict.of(new ScanResult(List.of("ContosoIntake"), 3, List.of()),
                Severity.HIGH, true));

        assertTrue(html.contains("<p>No finding counts against this build.</p>"));
        assertTrue(html.contains("flowguard PASSED"));
        assertEquals(-1, html.indexOf("<h3>"));
    }
}
