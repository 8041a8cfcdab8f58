package dev.flowguard.report;

import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code flowguard.html}: one page a reviewer can open from a build's artifacts, with nothing loaded from
 * elsewhere (styles inline, no scripts, no fonts or images). Counts by severity and by rule, then the
 * findings by solution, flow and action, then the accepted (suppressed) findings with their reasons.
 * Every value is escaped: flow and action names come from whoever wrote the flow.
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
            .fix{color:#59636e}
            """;

    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        List<Finding> counted = verdict.result().findings().stream().filter(f -> !f.suppressed()).toList();
        List<Finding> suppressed = verdict.result().findings().stream().filter(Finding::suppressed).toList();
        html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.write("<title>" + e(title(verdict)) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        writeHeader(html, verdict);
        writeCounts(html, verdict, suppressed.size());
        writeByRule(html, verdict.result().findings());
        html.write("<h2>Findings</h2>\n");
        if (counted.isEmpty()) {
            html.write("<p>No finding counts against this build.</p>\n");
        }
        writeGrouped(html, counted, verdict);
        html.write("<h2 id=\"suppressed\">Suppressed findings (" + suppressed.size() + ")</h2>\n");
        if (suppressed.isEmpty()) {
            html.write("<p>None.</p>\n");
        } else {
            writeSuppressed(html, suppressed);
        }
        html.write("</body>\n</html>\n");
        html.flush();
    }

    private static String title(Verdict verdict) {
        return verdict.project() == null ? "flowguard report" : "flowguard report: " + verdict.project();
    }

    private static void writeHeader(Writer html, Verdict verdict) throws IOException {
        html.write("<h1>" + e(title(verdict)) + "</h1>\n");
        // a page opened days later says what it is about, when it was made, and by which flowguard
        html.write("<p class=\"meta\">" + (verdict.project() == null ? "" : "project " + e(verdict.project()) + " · ")
                + "checked " + e(CHECKED_AT.format(verdict.checkedAt())) + " · " + e(About.NAME + " " + About.version()) + " · "
                + verdict.result().solutions().size() + " artifact(s) · " + verdict.result().flows()
                + " cloud flow(s) · failOnSeverity " + (verdict.failOn() == null ? "NONE" : verdict.failOn())
                + "</p>\n");
        html.write("<p class=\"outcome " + (verdict.failed() ? "failed" : "passed") + "\">"
                + e(ConsoleReport.outcome(verdict)) + "</p>\n");
    }

    private static void writeCounts(Writer html, Verdict verdict, int suppressed) throws IOException {
        html.write("<h2>By severity</h2>\n<table>\n<tr><th>severity</th><th>findings</th></tr>\n");
        Map<Severity, Integer> counts = verdict.result().countsBySeverity();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            html.write("<tr><td class=\"" + severity + "\">" + severity + "</td><td class=\"n\">" + counts.get(severity)
                    + "</td></tr>\n");
        }
        html.write("<tr><td>suppressed</td><td class=\"n\">" + suppressed + "</td></tr>\n</table>\n");
    }

    private void writeByRule(Writer html, List<Finding> findings) throws IOException {
        html.write("<h2>By rule</h2>\n");
        if (findings.isEmpty()) {
            html.write("<p>No rule fired.</p>\n");
            return;
        }
        html.write("<table>\n<tr><th>rule</th><th>name</th><th>severity</th><th>findings</th><th>suppressed</th></tr>\n");
        Map<String, List<Finding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            long suppressed = rule.getValue().stream().filter(Finding::suppressed).count();
            Optional<RuleDescriptor> descriptor = descriptor(rule.getKey());
            html.write("<tr><td>" + ruleLink(rule.getKey(), descriptor) + "</td><td>"
                    + e(descriptor.map(RuleDescriptor::name).orElse("")) + "</td><td class=\""
                    + rule.getValue().get(0).severity() + "\">" + rule.getValue().get(0).severity() + "</td><td class=\"n\">"
                    + (rule.getValue().size() - suppressed) + "</td><td class=\"n\">" + suppressed + "</td></tr>\n");
        }
        html.write("</table>\n");
    }

    private void writeGrouped(Writer html, List<Finding> findings, Verdict verdict) throws IOException {
        Map<String, Map<String, Map<String, List<Finding>>>> grouped = new LinkedHashMap<>();
        for (Finding finding : findings) {
            grouped.computeIfAbsent(finding.solution() == null ? "(no solution)" : finding.solution(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(flowKey(finding), k -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.actionPath() == null ? "" : finding.actionPath(), k -> new java.util.ArrayList<>())
                    .add(finding);
        }
        for (var solution : grouped.entrySet()) {
            html.write("<h3>Solution " + e(solution.getKey()) + "</h3>\n");
            for (var flow : solution.getValue().entrySet()) {
                html.write("<h4>" + e(flow.getKey()) + "</h4>\n");
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
                + (failing ? " ✖" : "") + "</span> " + ruleLink(finding.ruleId(), descriptor) + " "
                + e(descriptor.map(RuleDescriptor::name).orElse("")) + ": " + e(finding.message()) + "<br>\n"
                + "<span class=\"meta\">at <code>" + e(finding.where()) + "</code></span>");
        if (descriptor.isPresent()) {
            html.write("<br>\n<span class=\"fix\">Fix: " + e(descriptor.get().remediation()) + "</span>");
        }
        html.write("</div>\n");
    }

    private void writeSuppressed(Writer html, List<Finding> suppressed) throws IOException {
        html.write("<table>\n<tr><th>rule</th><th>severity</th><th>where</th><th>action</th><th>message</th>"
                + "<th>reason</th></tr>\n");
        for (Finding finding : suppressed) {
            html.write("<tr><td>" + ruleLink(finding.ruleId(), descriptor(finding.ruleId())) + "</td><td class=\""
                    + finding.severity() + "\">" + finding.severity() + "</td><td><code>" + e(finding.where())
                    + "</code></td><td>" + e(finding.actionPath()) + "</td><td>" + e(finding.message()) + "</td><td>"
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

    private static String ruleLink(String ruleId, Optional<RuleDescriptor> descriptor) {
        return descriptor.map(d -> "<a href=\"" + e(d.helpUri()) + "\">" + e(ruleId) + "</a>").orElse(e(ruleId));
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
