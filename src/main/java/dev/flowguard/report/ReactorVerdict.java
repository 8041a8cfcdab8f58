package dev.flowguard.report;

import dev.flowguard.rules.Severity;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdicts of every module of a reactor build, for the reports at the reactor root: one SARIF run, one section
 * of the JSON, HTML and JUnit reports per module.
 *
 * @param root the reactor root's project, as log lines name it
 * @param modules each module's verdict, in build order; a module with nothing to check has none
 * @param unchecked the modules that had nothing of their own to check, by name
 * @param checkedAt when the last module was checked
 */
public record ReactorVerdict(String root, List<Verdict> modules, List<String> unchecked, Instant checkedAt) {

    public ReactorVerdict {
        modules = List.copyOf(modules);
        unchecked = List.copyOf(unchecked);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public int flows() {
        return modules.stream().mapToInt(v -> v.result().flows()).sum();
    }

    public int workflows() {
        return modules.stream().mapToInt(v -> v.result().workflows()).sum();
    }

    public int artifacts() {
        return modules.stream().mapToInt(v -> v.result().solutions().size()).sum();
    }

    /** Unsuppressed findings per severity over every module, every severity present. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Verdict module : modules) {
            module.result().countsBySeverity().forEach((severity, n) -> counts.merge(severity, n, Integer::sum));
        }
        return counts;
    }

    public long suppressed() {
        return modules.stream().flatMap(v -> v.result().findings().stream()).filter(f -> f.suppressed()).count();
    }

    public int failing() {
        return modules.stream().mapToInt(v -> v.failingFindings().size()).sum();
    }

    public List<Verdict> failedModules() {
        return modules.stream().filter(Verdict::failed).toList();
    }

    public boolean failed() {
        return !failedModules().isEmpty();
    }
}
