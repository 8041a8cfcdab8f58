package dev.flowguard.maven;

import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;
import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.ReactorSummary;
import dev.flowguard.report.ReactorVerdict;
import dev.flowguard.report.RuleHelp;
import dev.flowguard.report.SecretWays;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The {@code flowguard} page of a Maven site, written through Doxia: a module's findings, or at a parent the
 * reactor's (every module's counts with a link to its page, then each module's findings). Every value goes in as
 * text through the sink, never through the renderer's link patterns: flow and action names come from whoever wrote
 * the flow.
 */
final class SitePage extends AbstractMavenReportRenderer {

    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity).reversed();

    /** A module as the parent's page lists it: its verdict (null when it had nothing to check) and its page. */
    record Module(String name, Verdict verdict, String link) {
    }

    private final RuleRegistry registry;
    private final Verdict single;
    private final String project;
    private final List<Module> modules;

    private SitePage(Sink sink, RuleRegistry registry, Verdict single, String project, List<Module> modules) {
        super(sink);
        this.registry = registry;
        this.single = single;
        this.project = project;
        this.modules = modules;
    }

    /** A project's own page; {@code verdict} is null when it had nothing of its own to check. */
    static SitePage of(Sink sink, RuleRegistry registry, Verdict verdict, String project) {
        return new SitePage(sink, registry, verdict, project, null);
    }

    /** A parent's page: its modules, and its own findings among them. */
    static SitePage ofReactor(Sink sink, RuleRegistry registry, String project, List<Module> modules) {
        return new SitePage(sink, registry, null, project, List.copyOf(modules));
    }

    @Override
    public String getTitle() {
        return "flowguard";
    }

    @Override
    protected void renderBody() {
        startSection("flowguard");
        if (modules != null) {
            renderReactor();
        } else if (single == null) {
            paragraph("Project " + project + " has no solution of its own to check.");
        } else {
            renderVerdict(single, true);
        }
        endSection();
    }

    private void renderReactor() {
        List<Verdict> checked = modules.stream().map(Module::verdict).filter(v -> v != null).toList();
        List<String> unchecked = modules.stream().filter(m -> m.verdict() == null).map(Module::name).toList();
        Instant last = checked.stream().map(Verdict::checkedAt).max(Comparator.naturalOrder()).orElse(Instant.now());
        ReactorVerdict reactor = new ReactorVerdict(project, checked, unchecked, last);
        paragraph("Project " + project + " and its modules, checked " + CHECKED_AT.format(last) + " by " + About.NAME
                + " " + About.version() + ".");
        paragraph(ReactorSummary.totals(reactor) + ".");
        paragraph("flowguard:check " + (reactor.failed() ? "fails" : "passes") + " this build"
                + (reactor.failed() ? " in " + reactor.failedModules().size() + " of " + modules.size() + " modules." : "."));
        startSection("Modules");
        startTable();
        tableHeader(new String[] {"Module", "Artifacts", "Cloud flows", "Findings", "flowguard:check"});
        for (Module module : modules) {
            sink.tableRow();
            sink.tableCell();
            if (module.link() != null) {
                sink.link(module.link());
                sink.text(module.name());
                sink.link_();
            } else {
                sink.text(module.name());
            }
            sink.tableCell_();
            Verdict verdict = module.verdict();
            cell(verdict == null ? "0" : String.valueOf(verdict.result().solutions().size()));
            cell(verdict == null ? "0" : String.valueOf(verdict.result().flows()));
            cell(verdict == null ? "no solution of its own" : ConsoleReport.counts(verdict.result().countsBySeverity()));
            cell(verdict == null ? "passes" : (verdict.failed() ? "fails: " : "passes: ") + ConsoleReport.reason(verdict));
            sink.tableRow_();
        }
        endTable();
        endSection();
        for (Module module : modules) {
            if (module.verdict() != null) {
                startSection("Module " + module.name());
                renderVerdict(module.verdict(), false);
                endSection();
            }
        }
    }

    private void renderVerdict(Verdict verdict, boolean header) {
        if (header) {
            String checkedBy = "checked " + CHECKED_AT.format(verdict.checkedAt()) + " by " + About.NAME + " "
                    + About.version() + ".";
            paragraph(verdict.project() == null ? "C" + checkedBy.substring(1) : "Project " + verdict.project() + ", " + checkedBy);
        }
        paragraph(ConsoleReport.summary(verdict) + ".");
        // the site build itself never fails on findings: say what check makes of them
        paragraph("flowguard:check " + (verdict.failed() ? "fails" : "passes") + " this build: "
                + ConsoleReport.reason(verdict) + ".");
        counts(verdict);
        byRule(verdict);
        List<Finding> failing = verdict.result().findings().stream().filter(verdict::isFailing).sorted(WORST_FIRST).toList();
        List<Finding> other = verdict.result().findings().stream().filter(f -> !f.suppressed() && !verdict.isFailing(f))
                .sorted(WORST_FIRST).toList();
        List<Finding> suppressed = verdict.result().findings().stream().filter(Finding::suppressed).toList();
        startSection("Findings that fail the build");
        if (failing.isEmpty()) {
            paragraph("No finding counts against this build.");
        } else {
            findings(failing, verdict.help());
        }
        endSection();
        startSection("Findings below failOnSeverity");
        if (other.isEmpty()) {
            paragraph("None.");
        } else {
            findings(other, verdict.help());
        }
        endSection();
        startSection("Suppressed findings");
        if (suppressed.isEmpty()) {
            paragraph("None.");
        } else {
            suppressed(suppressed, verdict.help());
        }
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

    /** Each rule that fired and how to fix it, once, rather than under every finding. */
    private void byRule(Verdict verdict) {
        Map<String, Long> byRule = new TreeMap<>();
        verdict.result().findings().forEach(f -> byRule.merge(f.ruleId(), 1L, Long::sum));
        if (byRule.isEmpty()) {
            return;
        }
        startSection("How to fix");
        startTable();
        tableHeader(new String[] {"Rule", "Findings", "How to fix"});
        for (Map.Entry<String, Long> rule : byRule.entrySet()) {
            Optional<RuleDescriptor> descriptor = registry.rule(rule.getKey()).map(r -> r.descriptor());
            sink.tableRow();
            ruleCell(rule.getKey(), verdict.help());
            cell(String.valueOf(rule.getValue()));
            cell(descriptor.map(d -> d.remediation() + " " + verdict.help().explain(d.id()) + " prints the rule's page.")
                    .orElse(""));
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void findings(List<Finding> findings, RuleHelp help) {
        startTable();
        tableHeader(new String[] {"Severity", "Rule", "File", "Action", "Message"});
        for (Finding finding : findings) {
            sink.tableRow();
            cell(finding.severity().name());
            ruleCell(finding.ruleId(), help);
            cell(finding.where());
            cell(finding.actionPath());
            messageCell(finding);
            sink.tableRow_();
        }
        endTable();
    }

    /** The message, and for a finding about a secret's way its steps, numbered from the source, the fix marked. */
    private void messageCell(Finding finding) {
        sink.tableCell();
        sink.text(finding.message());
        if (!finding.path().isEmpty()) {
            sink.numberedList(Sink.NUMBERING_DECIMAL);
            for (PathStep step : finding.path()) {
                sink.numberedListItem();
                sink.text(SecretWays.where(step) + " " + step.action() + ": " + step.message());
                if (SecretWays.isFix(finding, step)) {
                    sink.text(" ");
                    sink.bold();
                    sink.text("← " + SecretWays.fixNote(finding));
                    sink.bold_();
                }
                sink.numberedListItem_();
            }
            sink.numberedList_();
        }
        sink.tableCell_();
    }

    private void suppressed(List<Finding> findings, RuleHelp help) {
        startTable();
        tableHeader(new String[] {"Severity", "Rule", "File", "Action", "Message", "Accepted because"});
        for (Finding finding : findings) {
            sink.tableRow();
            cell(finding.severity().name());
            ruleCell(finding.ruleId(), help);
            cell(finding.where());
            cell(finding.actionPath());
            messageCell(finding);
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

    /** The rule's id and name, linked only to where the team hosts the pages. */
    private void ruleCell(String ruleId, RuleHelp help) {
        sink.tableCell();
        Optional<RuleDescriptor> rule = registry.rule(ruleId).map(r -> r.descriptor());
        String text = rule.map(d -> ruleId + " " + d.name()).orElse(ruleId);
        Optional<String> url = help.url(ruleId);
        if (url.isPresent()) {
            sink.link(url.get());
            sink.text(text);
            sink.link_();
        } else {
            sink.text(text);
        }
        sink.tableCell_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text == null ? "" : text);
        sink.tableCell_();
    }
}
