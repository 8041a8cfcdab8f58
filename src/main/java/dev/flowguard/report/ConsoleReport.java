package dev.flowguard.report;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The lines a build log shows: one per finding ({@code SEVERITY RULE solution!file:line:col action: message}),
 * how to fix each rule that fired, then counts and the outcome. Findings at or above the failing level
 * are errors, the others warnings.
 */
public final class ConsoleReport {

    public enum Level { INFO, WARN, ERROR }

    public record Line(Level level, String text) {
    }

    private final RuleRegistry registry;

    public ConsoleReport(RuleRegistry registry) {
        this.registry = registry;
    }

    public List<Line> lines(Verdict verdict) {
        List<Line> lines = new ArrayList<>();
        for (Finding finding : verdict.result().findings()) {
            Level level = finding.suppressed() ? Level.INFO : verdict.isFailing(finding) ? Level.ERROR : Level.WARN;
            lines.add(new Line(level, format(finding)));
        }
        Map<String, Long> byRule = verdict.result().findings().stream().filter(f -> !f.suppressed())
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        for (Map.Entry<String, Long> rule : byRule.entrySet()) {
            registry.rule(rule.getKey()).ifPresent(r -> lines.add(new Line(Level.INFO, fixLine(r.descriptor(), rule.getValue()))));
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
        line.append(": ").append(finding.message());
        if (finding.suppressed()) {
            line.append(" [suppressed: ").append(finding.suppression().describe()).append(']');
        }
        return oneLine(line);
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

    private static String fixLine(RuleDescriptor rule, long count) {
        return "  " + rule.id() + " " + rule.name() + " (" + count + "): " + rule.remediation() + " See "
                + rule.helpUri() + " or run mvn flowguard:explain -Drule=" + rule.id();
    }

    /** The counts line: flows, artifacts, findings per severity, suppressed. */
    public static String summary(Verdict verdict) {
        Map<Severity, Integer> counts = verdict.result().countsBySeverity();
        StringBuilder text = new StringBuilder(verdict.prefix()).append(" checked ")
                .append(plural(verdict.result().flows(), "cloud flow"))
                .append(" in ").append(plural(verdict.result().solutions().size(), "artifact")).append(": ");
        List<String> parts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            parts.add(counts.get(severity) + " " + severity);
        }
        text.append(String.join(", ", parts));
        long suppressed = verdict.result().findings().stream().filter(Finding::suppressed).count();
        if (suppressed > 0) {
            text.append(" (").append(suppressed).append(" suppressed)");
        }
        return text.toString();
    }

    /** The last line: PASSED or FAILED and why. */
    public static String outcome(Verdict verdict) {
        return verdict.prefix() + (verdict.failed() ? " FAILED: " : " PASSED: ") + reason(verdict);
    }

    /** Why the verdict is what it is: {@code 1 finding at HIGH or above}, {@code no finding at HIGH or above}, … */
    public static String reason(Verdict verdict) {
        if (verdict.noFlows()) {
            return "no cloud flow was found to check (set failIfNoFlows=false if that is expected)";
        }
        if (verdict.failOn() == null) {
            return "failOnSeverity is NONE, findings never fail the build";
        }
        int failing = verdict.failingFindings().size();
        return failing > 0 ? plural(failing, "finding") + " at " + verdict.failOn() + " or above"
                : "no finding at " + verdict.failOn() + " or above";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
