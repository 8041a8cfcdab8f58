package dev.flowguard.maven;

import dev.flowguard.about.About;
import dev.flowguard.check.CheckResult;
import dev.flowguard.finding.Finding;
import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The {@code flowguard} page of a Maven site, written through Doxia. Every value goes in as text through the
 * sink, never through the renderer's link patterns: flow and action names come from whoever wrote the flow.
 */
final class SitePage extends AbstractMavenReportRenderer {

    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final RuleRegistry registry;
    private final CheckResult result;

    SitePage(Sink sink, RuleRegistry registry, CheckResult result) {
        super(sink);
        this.registry = registry;
        this.result = result;
    }

    @Override
    public String getTitle() {
        return "flowguard";
    }

    @Override
    protected void renderBody() {
        startSection("flowguard");
        Optional<Verdict> checked = result.checked();
        if (checked.isEmpty()) {
            paragraph("This project has no solution of its own; its modules' pages show theirs.");
            endSection();
            return;
        }
        Verdict verdict = checked.get();
        String checkedBy = "checked " + CHECKED_AT.format(verdict.checkedAt()) + " by " + About.NAME + " "
                + About.version() + ".";
        paragraph(verdict.project() == null ? "C" + checkedBy.substring(1) : "Project " + verdict.project() + ", " + checkedBy);
        paragraph(ConsoleReport.summary(verdict) + ".");
        // the site build itself never fails on findings: say what check makes of them
        paragraph("flowguard:check " + (verdict.failed() ? "fails" : "passes") + " this build: "
                + ConsoleReport.reason(verdict) + ".");
        counts(verdict);
        List<Finding> counted = verdict.result().findings().stream().filter(f -> !f.suppressed()).toList();
        startSection("Findings");
        if (counted.isEmpty()) {
            paragraph("No finding counts against this build.");
        } else {
            findings(counted, verdict);
        }
        endSection();
        List<Finding> suppressed = verdict.result().findings().stream().filter(Finding::suppressed).toList();
        startSection("Suppressed findings");
        if (suppressed.isEmpty()) {
            paragraph("None.");
        } else {
            suppressed(suppressed);
        }
        endSection();
        endSection();
    }

    private void counts(Verdict verdict) {
        startSection("By severity");
        startTable();
        tableHeader(new String[] {"Severity", "Findings"});
        Map<Severity, Integer> counts = verdict.result().countsBySeverity();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            row(severity.name(), String.valueOf(counts.get(severity)));
        }
        endTable();
        endSection();
    }

    private void findings(List<Finding> findings, Verdict verdict) {
        startTable();
        tableHeader(new String[] {"Severity", "Rule", "File", "Action", "Message", "Fails the build"});
        for (Finding finding : findings) {
            sink.tableRow();
            cell(finding.severity().name());
            ruleCell(finding.ruleId());
            cell(finding.where());
            cell(finding.actionPath());
            cell(finding.message());
            cell(verdict.isFailing(finding) ? "yes" : "no");
            sink.tableRow_();
        }
        endTable();
    }

    private void suppressed(List<Finding> findings) {
        startTable();
        tableHeader(new String[] {"Severity", "Rule", "File", "Action", "Message", "Accepted because"});
        for (Finding finding : findings) {
            sink.tableRow();
            cell(finding.severity().name());
            ruleCell(finding.ruleId());
            cell(finding.where());
            cell(finding.actionPath());
            cell(finding.message());
            cell(finding.suppression().describe());
            sink.tableRow_();
        }
        endTable();
    }

    private void row(String... values) {
        sink.tableRow();
        for (String value : values) {
            cell(value);
        }
        sink.tableRow_();
    }

    private void ruleCell(String ruleId) {
        sink.tableCell();
        Optional<RuleDescriptor> rule = registry.rule(ruleId).map(r -> r.descriptor());
        if (rule.isPresent()) {
            sink.link(rule.get().helpUri());
            sink.text(ruleId + " " + rule.get().name());
            sink.link_();
        } else {
            sink.text(ruleId);
        }
        sink.tableCell_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text == null ? "" : text);
        sink.tableCell_();
    }
}
