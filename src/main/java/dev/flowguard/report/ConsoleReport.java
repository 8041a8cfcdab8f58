package dev.flowguard.report;

import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The lines a build log shows: one per finding ({@code SEVERITY RULE solution!file:line:col action: message}), how to
 * fix each rule that fired, then counts and the outcome. Findings at or above the failing level are errors, the
 * others warnings; findings accepted inline or in the suppressions file are info lines with their reason, and
 * those the baseline accepts are counted, not listed again on every build.
 */
public final class ConsoleReport {

    /** Longer finding lines are cut at a word: the whole message is in every report file. */
    static final int MAX_LINE = 400;

    /** The rule that reports an artifact or file flowguard could not read. */
    private static final String UNREADABLE = "FG901";

    public enum Level { INFO, WARN, ERROR }

    public record Line(Level level, String text) {
    }

    private final RuleRegistry registry;

    public ConsoleReport(RuleRegistry registry) {
        this.registry = registry;
    }

    /** Every line of the console format. */
    public List<Line> lines(Verdict verdict) {
        List<Line> lines = new ArrayList<>();
        long baselined = 0;
        for (Finding finding : verdict.result().findings()) {
            if (finding.suppressed() && finding.suppression().kind() == Suppression.Kind.BASELINE) {
                baselined++;
                continue;
            }
            Level level = finding.suppressed() ? Level.INFO : verdict.isFailing(finding) ? Level.ERROR : Level.WARN;
            lines.add(new Line(level, format(finding)));
        }
        if (baselined > 0) {
            lines.add(new Line(Level.INFO, verdict.prefix() + ": " + plural((int) baselined, "finding")
                    + " accepted by the baseline (" + baselineSource(verdict) + ") not listed; every report file has them"));
        }
        Map<String, Long> byRule = verdict.result().findings().stream().filter(f -> !f.suppressed())
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        for (Map.Entry<String, Long> rule : byRule.entrySet()) {
            registry.rule(rule.getKey()).ifPresent(r -> lines.add(new Line(Level.INFO,
                    fixLine(r.descriptor(), rule.getValue(), verdict.help()))));
        }
        lines.addAll(closingLines(verdict));
        return lines;
    }

    /**
     * Without the console format: the findings that fail the build (a failed build must say why in its log), then
     * the counts and the outcome.
     */
    public static List<Line> failingLines(Verdict verdict) {
        List<Line> lines = new ArrayList<>();
        for (Finding finding : verdict.failingFindings()) {
            lines.add(new Line(Level.ERROR, format(finding)));
        }
        lines.addAll(closingLines(verdict));
        return lines;
    }

    /** The counts and the outcome: logged whatever the formats, so a build log always says PASSED or FAILED. */
    public static List<Line> closingLines(Verdict verdict) {
        return List.of(new Line(Level.INFO, summary(verdict)),
                new Line(verdict.failed() ? Level.ERROR : Level.INFO, outcome(verdict)));
    }

    static String format(Finding finding) {
        StringBuilder line = new StringBuilder();
        line.append(finding.severity()).append(' ').append(finding.ruleId()).append(' ').append(finding.where());
        if (finding.actionPath() != null) {
            line.append(' ').append(finding.actionPath());
        }
        line.append(": ");
        StringBuilder tail = new StringBuilder(finding.message());
        if (finding.suppressed()) {
            tail.append(" [suppressed: ").append(finding.suppression().describe()).append(']');
        }
        return oneLine(cut(line, tail));
    }

    /** The line as it is when it fits, else its message cut at a word with an ellipsis. */
    private static String cut(CharSequence head, CharSequence tail) {
        if (head.length() + tail.length() <= MAX_LINE) {
            return head.toString() + tail;
        }
        int room = Math.max(60, MAX_LINE - head.length() - 1);
        if (room >= tail.length()) {
            return head.toString() + tail;
        }
        int end = room;
        for (int i = room; i > room - 40 && i > 0; i--) {
            if (Character.isWhitespace(tail.charAt(i))) {
                end = i;
                break;
            }
        }
        return head + tail.subSequence(0, end).toString().stripTrailing() + "…";
    }

    /**
     * Flow and action names come from the scanned files: a name holding a line break could otherwise forge
     * a log line of its own ("flowguard PASSED"), so every control or line-separator character shows as '?'.
     */
    static String oneLine(CharSequence text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaksOrHides = c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029
                    || (c >= 0x80 && c < 0xA0) || c == 0x202E;
            clean.append(breaksOrHides ? '?' : c);
        }
        return clean.toString();
    }

    private static String fixLine(RuleDescriptor rule, long count, RuleHelp help) {
        return "  " + rule.id() + " " + rule.name() + " (" + count + "): " + rule.remediation() + " "
                + help.url(rule.id()).map(url -> "See " + url + " or run ").orElse("Run ") + help.explain(rule.id())
                + help.url(rule.id()).map(url -> "").orElse(" for the rule's page") + ".";
    }

    private static String baselineSource(Verdict verdict) {
        return verdict.result().findings().stream()
                .filter(f -> f.suppressed() && f.suppression().kind() == Suppression.Kind.BASELINE)
                .map(f -> f.suppression().source()).findFirst().orElse("the baseline");
    }

    /** The counts line: flows, artifacts, findings per severity, suppressed. */
    public static String summary(Verdict verdict) {
        StringBuilder text = new StringBuilder(verdict.prefix()).append(" checked ")
                .append(flows(verdict.result().flows(), verdict.result().workflows()))
                .append(" in ").append(plural(verdict.result().solutions().size(), "artifact")).append(": ")
                .append(counts(verdict.result().countsBySeverity()));
        long suppressed = verdict.result().findings().stream().filter(Finding::suppressed).count();
        if (suppressed > 0) {
            text.append(" (").append(suppressed).append(" suppressed)");
        }
        return text.toString();
    }

    /** {@code 0 CRITICAL, 1 HIGH, 0 MEDIUM, 0 LOW, 1 INFO}. */
    public static String counts(Map<Severity, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            parts.add(counts.get(severity) + " " + severity);
        }
        return String.join(", ", parts);
    }

    /** The last line: PASSED or FAILED and why. */
    public static String outcome(Verdict verdict) {
        return verdict.prefix() + (verdict.failed() ? " FAILED: " : " PASSED: ") + reason(verdict);
    }

    /** Why the verdict is what it is: {@code 1 finding at HIGH or above}, {@code no finding at HIGH or above}, … */
    public static String reason(Verdict verdict) {
        int failing = verdict.failingFindings().size();
        String findings = verdict.failOn() == null ? "failOnSeverity is NONE, findings never fail the build"
                : failing > 0 ? plural(failing, "finding") + " at " + verdict.failOn() + " or above"
                : "no finding at " + verdict.failOn() + " or above";
        if (!verdict.noFlows()) {
            return findings;
        }
        String noFlows = noFlowsReason(verdict);
        return failing > 0 ? noFlows + "; " + findings : noFlows;
    }

    /** Why no cloud flow was checked: nothing found, nothing readable, or artifacts without flows. */
    public static String noFlowsReason(Verdict verdict) {
        long unreadable = verdict.result().findings().stream().filter(f -> f.ruleId().equals(UNREADABLE)).count();
        if (verdict.result().solutions().isEmpty() && unreadable > 0) {
            return "no cloud flow could be read (" + UNREADABLE + " above says why)";
        }
        if (verdict.result().solutions().isEmpty()) {
            return "no solution was found to check (name them with <solutions> or -Dflowguard.solutions; in a project "
                    + "that has none, set flowguard.skip or failIfNoFlows=false)";
        }
        return "no cloud flow or Logic Apps workflow was found in the "
                + plural(verdict.result().solutions().size(), "artifact")
                + " read (set failIfNoFlows=false if that is expected)";
    }

    /**
     * {@code 3 cloud flows}, or with Logic Apps {@code 0 cloud flows and 3 workflows}: a logic app's flows are
     * workflows in Azure's words.
     *
     * @param flows cloud flows and workflows together
     * @param workflows how many of them are Logic Apps workflows
     */
    public static String flows(int flows, int workflows) {
        return workflows == 0 ? plural(flows, "cloud flow")
                : plural(flows - workflows, "cloud flow") + " and " + plural(workflows, "workflow");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
