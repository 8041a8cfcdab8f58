package dev.flowguard.report;

import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code flowguard.html}: one page a reviewer can open from a build's artifacts, with nothing loaded from
 * elsewhere (styles inline, no scripts, no fonts or images). Counts by severity and by rule, each rule's fix once,
 * then the findings that fail the build, the others, and the accepted (suppressed) findings with their reasons;
 * at a reactor root, the same for every module. A finding about a secret's way shows it as numbered steps from the
 * source, the step to fix marked. Every value is escaped: flow and action names come from whoever
 * wrote the flow.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;\
            padding:0 1rem;color:#1f2328}
            h1{margin-bottom:.2rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
            h3{margin:1.4rem 0 .4rem}h4{margin:1rem 0 .3rem}code{font-size:90%;background:#f6f8fa;padding:0 .25rem}
            table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;\
            text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right}
            .outcome{font-weight:600;padding:.4rem .7rem;display:inline-block;border-radius:4px}
            .failed{background:#ffebe9;color:#82071e}.passed{background:#dafbe1;color:#116329}
            .meta{color:#59636e}.action{margin:0 0 .8rem 1rem}.finding{margin:.3rem 0 .6rem 1rem}
            .sev{display:inline-block;min-width:5.5rem;font-weight:600;font-size:85%}
            .CRITICAL{color:#82071e}.HIGH{color:#bc4c00}.MEDIUM{color:#9a6700}.LOW{color:#0550ae}.INFO{color:#59636e}
            .fix{color:#59636e}ol.way{margin:.3rem 0 .2rem;padding-left:1.6rem}ol.way li.fix{color:#82071e}
            """;

    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Worst first: the findings a reader must act on lead. */
    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity).reversed();

    private final RuleRegistry registry;

    public HtmlReport(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String fileName() {
        return "flowguard.html";
    }

    @Override
    public void write(Verdict verdict, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        start(html, title(verdict.project()));
        html.write("<h1>" + e(title(verdict.project())) + "</h1>\n");
        html.write("<p class=\"meta\">" + (verdict.project() == null ? "" : "project " + e(verdict.project()) + " · ")
                + meta(verdict.checkedAt(), verdict.result().solutions().size(),
                        ConsoleReport.flows(verdict.result().flows(), verdict.result().workflows()), verdict.failOn())
                + "</p>\n");
        outcome(html, verdict.failed(), ConsoleReport.outcome(verdict));
        writeCounts(html, verdict.result().countsBySeverity(), suppressed(verdict));
        writeByRule(html, verdict.result().findings(), verdict.help());
        writeFindings(html, verdict, "h2", "");
        html.write("</body>\n</html>\n");
        html.flush();
    }

    @Override
    public void writeReactor(ReactorVerdict reactor, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = "flowguard report: " + (reactor.root() == null ? "reactor" : reactor.root() + " and its modules");
        start(html, title);
        html.write("<h1>" + e(title) + "</h1>\n");
        html.write("<p class=\"meta\">" + (reactor.modules().size() + reactor.unchecked().size()) + " module(s) · "
                + meta(reactor.checkedAt(), reactor.artifacts(),
                        ConsoleReport.flows(reactor.flows(), reactor.workflows()), null) + "</p>\n");
        outcome(html, reactor.failed(), ReactorSummary.outcome(reactor));
        html.write("<h2>Modules</h2>\n<table>\n<tr><th>module</th><th>artifacts</th><th>cloud flows</th>"
                + "<th>findings</th><th>suppressed</th><th>outcome</th></tr>\n");
        for (Verdict module : reactor.modules()) {
            html.write("<tr><td><a href=\"#module-" + e(anchor(module.project())) + "\">" + e(module.project()) + "</a></td>"
                    + "<td class=\"n\">" + module.result().solutions().size() + "</td><td class=\"n\">"
                    + module.result().flows() + "</td><td>" + e(ConsoleReport.counts(module.result().countsBySeverity()))
                    + "</td><td class=\"n\">" + suppressed(module) + "</td><td class=\""
                    + (module.failed() ? "failed" : "passed") + "\">" + e(ConsoleReport.reason(module)) + "</td></tr>\n");
        }
        for (String unchecked : reactor.unchecked()) {
            html.write("<tr><td>" + e(unchecked) + "</td><td class=\"n\">0</td><td class=\"n\">0</td>"
                    + "<td colspan=\"3\">no solution of its own</td></tr>\n");
        }
        html.write("</table>\n");
        long suppressed = reactor.suppressed();
        writeCounts(html, reactor.countsBySeverity(), (int) suppressed);
        List<Finding> all = new ArrayList<>();
        reactor.modules().forEach(m -> all.addAll(m.result().findings()));
        writeByRule(html, all, reactor.modules().isEmpty() ? RuleHelp.offline() : reactor.modules().get(0).help());
        for (Verdict module : reactor.modules()) {
            html.write("<h2 id=\"module-" + e(anchor(module.project())) + "\">Module " + e(module.project()) + "</h2>\n");
            html.write("<p class=\"outcome " + (module.failed() ? "failed" : "passed") + "\">"
                    + e(ConsoleReport.outcome(module)) + "</p>\n");
            writeFindings(html, module, "h3", anchor(module.project()) + "-");
        }
        html.write("</body>\n</html>\n");
        html.flush();
    }

    private static void start(Writer html, String title) throws IOException {
        html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.write("<title>" + e(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    }

    private static String title(String project) {
        return project == null ? "flowguard report" : "flowguard report: " + project;
    }

    /** A page opened days later says when it was made, by which flowguard, and what it covers. */
    private static String meta(Instant checkedAt, int artifacts, String flows, Severity failOn) {
        return "checked " + e(CHECKED_AT.format(checkedAt)) + " · " + e(About.NAME + " " + About.version()) + " · "
                + ConsoleReport.plural(artifacts, "artifact") + " · " + e(flows)
                + (failOn == null ? "" : " · failOnSeverity " + failOn);
    }

    private static void outcome(Writer html, boolean failed, String text) throws IOException {
        html.write("<p class=\"outcome " + (failed ? "failed" : "passed") + "\">" + e(text) + "</p>\n");
    }

    private static int suppressed(Verdict verdict) {
        return (int) verdict.result().findings().stream().filter(Finding::suppressed).count();
    }

    private static void writeCounts(Writer html, Map<Severity, Integer> counts, int suppressed) throws IOException {
        html.write("<h2>By severity</h2>\n<table>\n<tr><th>severity</th><th>findings</th></tr>\n");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            html.write("<tr><td class=\"" + severity + "\">" + severity + "</td><td class=\"n\">" + counts.get(severity)
                    + "</td></tr>\n");
        }
        html.write("<tr><td>suppressed</td><td class=\"n\">" + suppressed + "</td></tr>\n</table>\n");
    }

    /** Each rule that fired, with its fix written once, here, rather than under every finding. */
    private void writeByRule(Writer html, List<Finding> findings, RuleHelp help) throws IOException {
        html.write("<h2>By rule</h2>\n");
        if (findings.isEmpty()) {
            html.write("<p>No rule fired.</p>\n");
            return;
        }
        html.write("<table>\n<tr><th>rule</th><th>name</th><th>severity</th><th>findings</th><th>suppressed</th>"
                + "<th>how to fix</th></tr>\n");
        Map<String, List<Finding>> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            long suppressed = rule.getValue().stream().filter(Finding::suppressed).count();
            Optional<RuleDescriptor> descriptor = descriptor(rule.getKey());
            String fix = descriptor.map(d -> e(d.remediation()) + " <span class=\"fix\">"
                    + help.url(d.id()).map(url -> "<a href=\"" + e(url) + "\">The rule's page</a>, or ").orElse("")
                    + "<code>" + e(help.explain(d.id())) + "</code></span>").orElse("");
            html.write("<tr id=\"rule-" + e(rule.getKey()) + "\"><td>" + e(rule.getKey()) + "</td><td>"
                    + e(descriptor.map(RuleDescriptor::name).orElse("")) + "</td><td class=\""
                    + rule.getValue().get(0).severity() + "\">" + rule.getValue().get(0).severity() + "</td><td class=\"n\">"
                    + (rule.getValue().size() - suppressed) + "</td><td class=\"n\">" + suppressed + "</td><td>" + fix
                    + "</td></tr>\n");
        }
        html.write("</table>\n");
    }

    /** The findings that fail the build first, then those below the failing level, then the accepted ones. */
    private void writeFindings(Writer html, Verdict verdict, String heading, String idPrefix) throws IOException {
        List<Finding> failing = verdict.result().findings().stream().filter(verdict::isFailing).sorted(WORST_FIRST).toList();
        List<Finding> other = verdict.result().findings().stream()
                .filter(f -> !f.suppressed() && !verdict.isFailing(f)).sorted(WORST_FIRST).toList();
        List<Finding> suppressed = verdict.result().findings().stream().filter(Finding::suppressed).toList();
        String sub = heading.equals("h2") ? "h3" : "h4";
        html.write("<" + heading + " id=\"" + idPrefix + "failing\">Findings that fail the build (" + failing.size() + ")</"
                + heading + ">\n");
        if (failing.isEmpty()) {
            html.write("<p>No finding counts against this build.</p>\n");
        }
        writeGrouped(html, failing, verdict, sub);
        html.write("<" + heading + " id=\"" + idPrefix + "other\">Findings below failOnSeverity (" + other.size() + ")</"
                + heading + ">\n");
        if (other.isEmpty()) {
            html.write("<p>None.</p>\n");
        }
        writeGrouped(html, other, verdict, sub);
        html.write("<" + heading + " id=\"" + idPrefix + "suppressed\">Suppressed findings (" + suppressed.size() + ")</"
                + heading + ">\n");
        if (suppressed.isEmpty()) {
            html.write("<p>None.</p>\n");
        } else {
            writeSuppressed(html, suppressed);
        }
    }

    private void writeGrouped(Writer html, List<Finding> findings, Verdict verdict, String heading) throws IOException {
        Map<String, Map<String, Map<String, List<Finding>>>> grouped = new LinkedHashMap<>();
        for (Finding finding : findings) {
            grouped.computeIfAbsent(finding.solution() == null ? "(no solution)" : finding.solution(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(flowKey(finding), k -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.actionPath() == null ? "" : finding.actionPath(), k -> new ArrayList<>())
                    .add(finding);
        }
        String flowHeading = heading.equals("h3") ? "h4" : "h5";
        for (var solution : grouped.entrySet()) {
            html.write("<" + heading + ">Solution " + e(solution.getKey()) + "</" + heading + ">\n");
            for (var flow : solution.getValue().entrySet()) {
                html.write("<" + flowHeading + ">" + e(flow.getKey()) + "</" + flowHeading + ">\n");
                for (var action : flow.getValue().entrySet()) {
                    html.write("<div class=\"action\">\n");
                    if (!action.getKey().isEmpty()) {
                        html.write("<div>Action <code>" + e(action.getKey()) + "</code></div>\n");
                    }
                    for (Finding finding : action.getValue()) {
                        writeFinding(html, finding, verdict.isFailing(finding));
                    }
                    html.write("</div>\n");
                }
            }
        }
    }

    private void writeFinding(Writer html, Finding finding, boolean failing) throws IOException {
        Optional<RuleDescriptor> descriptor = descriptor(finding.ruleId());
        html.write("<div class=\"finding\"><span class=\"sev " + finding.severity() + "\">" + finding.severity()
                + (failing ? " ✖" : "") + "</span> " + ruleLink(finding.ruleId()) + " "
                + e(descriptor.map(RuleDescriptor::name).orElse("")) + ": " + e(finding.message()) + "<br>\n"
                + "<span class=\"meta\">at <code>" + e(finding.where()) + "</code></span>"
                + (finding.path().isEmpty() ? "" : way(finding)) + "</div>\n");
    }

    /** The secret's way, numbered from its source, the step to fix marked. */
    private static String way(Finding finding) {
        StringBuilder html = new StringBuilder("\n<ol class=\"way\">\n");
        for (PathStep step : finding.path()) {
            boolean fix = SecretWays.isFix(finding, step);
            html.append(fix ? "<li class=\"fix\">" : "<li>").append("<code>").append(e(SecretWays.where(step)))
                    .append("</code> <code>").append(e(step.action())).append("</code>: ").append(e(step.message()))
                    .append(fix ? " <strong>← " + e(SecretWays.fixNote(finding)) + "</strong>" : "").append("</li>\n");
        }
        return html.append("</ol>").toString();
    }

    private void writeSuppressed(Writer html, List<Finding> suppressed) throws IOException {
        html.write("<table>\n<tr><th>rule</th><th>severity</th><th>where</th><th>action</th><th>message</th>"
                + "<th>reason</th></tr>\n");
        for (Finding finding : suppressed) {
            html.write("<tr><td>" + ruleLink(finding.ruleId()) + "</td><td class=\""
                    + finding.severity() + "\">" + finding.severity() + "</td><td><code>" + e(finding.where())
                    + "</code></td><td>" + e(finding.actionPath()) + "</td><td>" + e(finding.message())
                    + (finding.path().isEmpty() ? "" : way(finding)) + "</td><td>"
                    + e(finding.suppression().describe()) + "</td></tr>\n");
        }
        html.write("</table>\n");
    }

    private static String flowKey(Finding finding) {
        return finding.flow() == null ? "File " + finding.file() : "Flow " + finding.flow() + " (" + finding.file() + ")";
    }

    private Optional<RuleDescriptor> descriptor(String ruleId) {
        return registry.rule(ruleId).map(r -> r.descriptor());
    }

    /** To the rule's row above, where its fix is. */
    private static String ruleLink(String ruleId) {
        return "<a href=\"#rule-" + e(ruleId) + "\">" + e(ruleId) + "</a>";
    }

    private static String anchor(String name) {
        return name == null ? "project" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
