package dev.flowguard.scan;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a scan found.
 *
 * @param solutions the artifacts read, by the names findings use
 * @param flows how many flows were checked: Power Automate cloud flows and Azure Logic Apps workflows
 * @param workflows how many of those flows are Logic Apps workflows
 * @param findings in a stable order: by file, line, rule
 */
public record ScanResult(List<String> solutions, int flows, int workflows, List<Finding> findings) {

    public ScanResult {
        solutions = List.copyOf(solutions);
        findings = List.copyOf(findings);
        if (workflows < 0 || workflows > flows) {
            throw new IllegalArgumentException(workflows + " workflows of " + flows + " flows");
        }
    }

    /** A result with cloud flows only. */
    public ScanResult(List<String> solutions, int flows, List<Finding> findings) {
        this(solutions, flows, 0, findings);
    }

    /** How many Power Automate cloud flows were checked. */
    public int cloudFlows() {
        return flows - workflows;
    }

    /** Unsuppressed findings per severity, every severity present. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : findings) {
            if (!finding.suppressed()) {
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Unsuppressed findings at or above {@code threshold}; none when the threshold is null (NONE). */
    public List<Finding> failing(Severity threshold) {
        if (threshold == null) {
            return List.of();
        }
        return findings.stream().filter(f -> !f.suppressed() && f.severity().isAtLeast(threshold)).toList();
    }
}
