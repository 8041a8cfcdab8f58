package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One {@code <suppression>} of {@code flowguard-suppressions.xml}.
 *
 * @param number its position in the file, from 1, so messages can point at it
 * @param flow matched against the flow's name and its file; null for any flow
 * @param action matched against the action's name and its action path; null for any action
 * @param until the last day the entry applies, or null when it does not expire
 * @param module matched against the module's artifactId in a reactor that shares one file; null for every module
 */
public record SuppressionEntry(int number, Glob rule, Glob flow, Glob action, String reason, LocalDate until,
        Glob module) {

    public SuppressionEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (flow == null && action == null) {
            throw new IllegalArgumentException("a suppression names a flow or an action");
        }
    }

    public SuppressionEntry(int number, Glob rule, Glob flow, Glob action, String reason, LocalDate until) {
        this(number, rule, flow, action, reason, until, null);
    }

    /** Whether the entry is about {@code name}'s findings: it names no module, or that one. */
    public boolean appliesTo(String name) {
        return module == null || module.matches(name);
    }

    public boolean expiredOn(LocalDate today) {
        return until != null && today.isAfter(until);
    }

    public boolean matches(Finding finding) {
        if (!rule.matches(finding.ruleId())) {
            return false;
        }
        if (flow != null && !flow.matches(finding.flow()) && !matchesFileOrATail(flow, finding.file())) {
            return false;
        }
        return action == null || action.matches(finding.action()) || action.matches(finding.actionPath());
    }

    /** How messages name the entry: {@code entry 2 (FG204, flow 'Invoice*')}. */
    public String describe() {
        StringBuilder text = new StringBuilder("entry ").append(number).append(" (").append(rule);
        if (module != null) {
            text.append(", module '").append(module).append('\'');
        }
        if (flow != null) {
            text.append(", flow '").append(flow).append('\'');
        }
        if (action != null) {
            text.append(", action '").append(action).append('\'');
        }
        return text.append(')').toString();
    }

    /**
     * A flow pattern may name the file from the project ({@code solutions/Core/Workflows/A-*.json}) or from
     * any folder or zip on its way ({@code Workflows/A-*.json}), so entries survive moving the solution.
     */
    private static boolean matchesFileOrATail(Glob pattern, String file) {
        if (file == null) {
            return false;
        }
        if (pattern.matches(file)) {
            return true;
        }
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if ((c == '/' || c == '!') && pattern.matches(file.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
