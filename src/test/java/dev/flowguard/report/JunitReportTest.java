package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    private final JunitReport report = new JunitReport(RuleRegistry.builtIn());

    private Document parse(Verdict verdict) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                ReportFixtures.write(report, verdict).getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document xml, String name) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    @Test
    void aFindingWithoutAnActionIsNamedByItsFlowAndFile() throws Exception {
        Finding parameter = new Finding("FG105", Severity.HIGH, "Contoso", "Sync partner", "src/Contoso/Workflows/Sync-1.json",
                51, 11, "/properties/definition/parameters/Secret", null, null, "holds a literal: <redacted 40 chars>",
                "0123456789abcdef0123456789abcdef", null);
        Document xml = parse(Verdict.of(new ScanResult(List.of("Contoso"), 1, List.of(parameter)), Severity.HIGH, true));

        Element testCase = (Element) suite(xml, "FG105 secret-literal-in-variable").getElementsByTagName("testcase").item(0);
        assertEquals("Sync partner (src/Contoso/Workflows/Sync-1.json:51:11)", testCase.getAttribute("name"));
    }

    @Test
    void failuresAreExactlyTheFindingsThatFailTheBuild() throws Exception {
        Verdict verdict = ReportFixtures.contosoIntake();
        Document xml = parse(verdict);
        Element root = xml.getDocumentElement();

        assertEquals(String.valueOf(verdict.failingFindings().size()), root.getAttribute("failures"));
        Element fg401 = suite(xml, "FG401 http-trigger-anyone");
        assertEquals("2", fg401.getAttribute("tests"));
        assertEquals("1", fg401.getAttribute("failures"));
        assertEquals("1", fg401.getAttribute("skipped"));
        Element failing = (Element) failedCase(fg401);
        assertEquals("Intake <webhook> & triage / manual (solutions/ContosoIntake/Workflows/IntakeWebhook-B38B49EE-41FC-EB11-94EF-002248237D7D.json:28:9)",
                failing.getAttribute("name"));
        Element failure = (Element) fg401.getElementsByTagName("failure").item(0);
        assertEquals("HIGH", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("fix: In the trigger set"), failure.getTextContent());
        Element skipped = (Element) fg401.getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").startsWith("suppressed: inline: the partner gateway"));
    }

    private static org.w3c.dom.Node failedCase(Element suite) {
        return suite.getElementsByTagName("failure").item(0).getParentNode();
    }

    @Test
    void findingsBelowTheThresholdPassAndSaySo() throws Exception {
        Element fg402 = suite(parse(ReportFixtures.contosoIntake()), "FG402 http-trigger-any-tenant-user");

        assertEquals("0", fg402.getAttribute("failures"));
        assertTrue(fg402.getElementsByTagName("system-out").item(0).getTextContent()
                .startsWith("INFO below failOnSeverity HIGH: INFO FG402"));
    }

    @Test
    void everyRuleIsASuiteSoCleanRulesShowAsPassed() throws Exception {
        Document xml = parse(ReportFixtures.contosoIntake());

        for (Rule rule : RuleRegistry.builtIn().rules()) {
            suite(xml, rule.descriptor().id() + " " + rule.descriptor().name());
        }
        Element fg901 = suite(xml, "FG901 unreadable-artifact");
        assertEquals("no findings", ((Element) fg901.getElementsByTagName("testcase").item(0)).getAttribute("name"));
    }

    @Test
    void hostileNamesAndControlCharactersStayValidXml() throws Exception {
        Document xml = parse(ReportFixtures.mixed());

        Element failure = (Element) suite(xml, "FG401 http-trigger-anyone").getElementsByTagName("failure").item(1);
        assertTrue(failure.getAttribute("message").contains(ReportFixtures.HOSTILE_FLOW), failure.getAttribute("message"));
        assertFalse(failure.getAttribute("message").contains("\u0001"));
    }

    @Test
    void aScanThatSawNoFlowFails() throws Exception {
        Document xml = parse(Verdict.of(new ScanResult(List.of(), 0, List.of()), Severity.HIGH, true));

        assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
        assertEquals("no-flows", ((Element) suite(xml, "flowguard").getElementsByTagName("failure").item(0))
                .getAttribute("type"));
    }
}
