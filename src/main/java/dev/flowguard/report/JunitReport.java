package dev.flowguard.report;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flowguard-junit.xml} for CI test tabs (Azure DevOps PublishTestResults, GitLab, Jenkins, GitHub
 * test-report actions). One test suite per rule, so the tab reads as "which checks failed"; in it one
 * test case per finding, or one passing case when the rule found nothing. A test fails exactly when the
 * finding fails the build (at or above {@code failOnSeverity}, not suppressed); a suppressed finding is
 * skipped with its reason; a finding below the threshold passes and says so in its output.
 */
public final class JunitReport implements ReportWriter {

    private final RuleRegistry registry;

    public JunitReport(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String fileName() {
        return "flowguard-junit.xml";
    }

    private record Suite(String name, List<String> cases, int failures, int skipped) {
    }

    @Override
    public void write(Verdict verdict, OutputStream out) throws IOException {
        write(suites(verdict, ""), out);
    }

    /** Every module's suites, their names led by the module's: {@code contoso-hr: FG401 http-trigger-anyone}. */
    @Override
    public void writeReactor(ReactorVerdict reactor, OutputStream out) throws IOException {
        List<Suite> suites = new ArrayList<>();
        for (Verdict module : reactor.modules()) {
            suites.addAll(suites(module, module.project() == null ? "" : module.project() + ": "));
        }
        write(suites, out);
    }

    private List<Suite> suites(Verdict verdict, String prefix) {
        List<Suite> suites = new ArrayList<>();
        if (verdict.noFlows()) {
            suites.add(new Suite(prefix + "flowguard", List.of(testCase(prefix + "flowguard", "cloud flows to check",
                    "<failure type=\"no-flows\" message=\"" + x(ConsoleReport.outcome(verdict)) + "\"/>")), 1, 0));
        }
        for (Map.Entry<String, List<Finding>> rule : byRule(verdict).entrySet()) {
            suites.add(suite(prefix, rule.getKey(), rule.getValue(), verdict));
        }
        return suites;
    }

    private static void write(List<Suite> suites, OutputStream out) throws IOException {
        int tests = suites.stream().mapToInt(s -> s.cases().size()).sum();
        int failures = suites.stream().mapToInt(Suite::failures).sum();
        int skipped = suites.stream().mapToInt(Suite::skipped).sum();
        Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<testsuites name=\"flowguard\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
                + skipped + "\">\n");
        for (Suite suite : suites) {
            xml.write("  <testsuite name=\"" + x(suite.name()) + "\" tests=\"" + suite.cases().size() + "\" failures=\""
                    + suite.failures() + "\" errors=\"0\" skipped=\"" + suite.skipped() + "\">\n");
            for (String testCase : suite.cases()) {
                xml.write(testCase);
            }
            xml.write("  </testsuite>\n");
        }
        xml.write("</testsuites>\n");
        xml.flush();
    }

    /** Every rule, in id order, with its findings (possibly none), plus any rule only findings name. */
    private Map<String, List<Finding>> byRule(Verdict verdict) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Rule rule : registry.rules()) {
            byRule.put(rule.descriptor().id(), new ArrayList<>());
        }
        for (Finding finding : verdict.result().findings()) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        return byRule;
    }

    private Suite suite(String prefix, String ruleId, List<Finding> findings, Verdict verdict) {
        RuleDescriptor rule = registry.rule(ruleId).map(Rule::descriptor).orElse(null);
        String suiteName = prefix + (rule == null ? ruleId : ruleId + " " + rule.name());
        List<String> cases = new ArrayList<>();
        if (findings.isEmpty()) {
            cases.add(testCase(suiteName, "no findings", null));
            return new Suite(suiteName, cases, 0, 0);
        }
        int failures = 0;
        int skipped = 0;
        for (Finding finding : findings) {
            // test tabs list cases by name: lead with what a reader recognises, the flow and action
            String name = finding.flow() == null ? finding.where()
                    : finding.actionPath() == null ? finding.flow() + " (" + finding.where() + ")"
                    : finding.flow() + " / " + finding.actionPath() + " (" + finding.where() + ")";
            String body;
            if (finding.suppressed()) {
                skipped++;
                body = "<skipped message=\"" + x("suppressed: " + finding.suppression().describe()) + "\"/>";
            } else if (verdict.isFailing(finding)) {
                failures++;
                body = "<failure type=\"" + finding.severity() + "\" message=\"" + x(finding.message()) + "\">"
                        + x(details(finding, rule, verdict.help())) + "</failure>";
            } else {
                body = "<system-out>" + x(finding.severity() + " below failOnSeverity "
                        + (verdict.failOn() == null ? "NONE" : verdict.failOn()) + ": " + details(finding, rule, verdict.help()))
                        + "</system-out>";
            }
            cases.add(testCase(suiteName, name, body));
        }
        return new Suite(suiteName, cases, failures, skipped);
    }

    private static String details(Finding finding, RuleDescriptor rule, RuleHelp help) {
        StringBuilder text = new StringBuilder();
        text.append(finding.severity()).append(' ').append(finding.ruleId()).append(": ").append(finding.message())
                .append("\nat ").append(finding.where());
        if (finding.flow() != null) {
            text.append("\nflow: ").append(finding.flow());
        }
        if (finding.actionPath() != null) {
            text.append("\naction: ").append(finding.actionPath());
        }
        if (rule != null) {
            text.append("\nfix: ").append(rule.remediation()).append("\nsee ")
                    .append(help.url(rule.id()).map(url -> url + " or ").orElse("")).append(help.explain(rule.id()));
        }
        return text.append('\n').toString();
    }

    private static String testCase(String className, String name, String body) {
        String open = "    <testcase classname=\"" + x(className) + "\" name=\"" + x(name) + "\"";
        return body == null ? open + "/>\n" : open + ">\n      " + body + "\n    </testcase>\n";
    }

    private static String x(String text) {
        return Html.escape(text);
    }
}
