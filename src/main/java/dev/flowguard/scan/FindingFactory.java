package dev.flowguard.scan;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.LocationResolver;
import dev.flowguard.flow.SourceLocation;
import dev.flowguard.rules.Finding;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.ReadProblem;
import dev.flowguard.solution.Solution;
import dev.flowguard.solution.TextDecoder;
import dev.flowguard.solution.UnreadableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns rule hits into findings: configured severity, line and column, fingerprint. */
final class FindingFactory {

    private final Map<String, RuleSetting> settings;

    FindingFactory(Map<String, RuleSetting> settings) {
        this.settings = settings;
    }

    boolean enabled(RuleDescriptor rule) {
        RuleSetting setting = settings.get(rule.id());
        return setting == null || setting.enabled();
    }

    private Severity severityOf(RuleDescriptor rule) {
        RuleSetting setting = settings.get(rule.id());
        return setting != null && setting.severity() != null ? setting.severity() : rule.defaultSeverity();
    }

    List<Finding> fromFlowHits(Flow flow, byte[] bytes, List<Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, SourceLocation> locations = locate(bytes, hits);
        List<Finding> findings = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            findings.add(finding(hit, flow.solution(), flow.name(), locations));
        }
        return findings;
    }

    List<Finding> fromSolutionHits(Solution solution, List<Hit> hits) {
        List<Finding> findings = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            Map<String, SourceLocation> locations = solution.settings().stream()
                    .filter(s -> s.file().equals(hit.file()))
                    .findFirst()
                    .map(s -> locateInText(s, hit))
                    .orElse(Map.of());
            findings.add(finding(hit, solution.name(), null, locations));
        }
        return findings;
    }

    Finding unreadable(RuleDescriptor rule, String solution, ReadProblem problem) {
        return new Finding(rule.id(), severityOf(rule), solution, null, problem.file(), 0, 0, null, null, null,
                problem.file() + " could not be read: " + problem.reason(),
                Fingerprints.of(rule.id(), Fingerprints.solutionRelative(problem.file()), "", problem.reason()), null);
    }

    private static Map<String, SourceLocation> locateInText(DeploymentSettings settings, Hit hit) {
        return hit.jsonPointer() == null ? Map.of() : LocationResolver.resolve(settings.text(), List.of(hit.jsonPointer()));
    }

    private static Map<String, SourceLocation> locate(byte[] bytes, List<Hit> hits) {
        List<String> pointers = hits.stream().map(Hit::jsonPointer).filter(Objects::nonNull).toList();
        try {
            return LocationResolver.resolve(TextDecoder.decode(bytes), pointers);
        } catch (UnreadableException e) {
            return Map.of();
        }
    }

    private Finding finding(Hit hit, String solution, String flowName, Map<String, SourceLocation> locations) {
        SourceLocation location = hit.jsonPointer() == null ? SourceLocation.UNKNOWN
                : locations.getOrDefault(hit.jsonPointer(), SourceLocation.UNKNOWN);
        String action = hit.node() == null ? null : hit.node().name();
        String actionPath = hit.node() == null ? null : hit.node().actionPath();
        String fingerprint = Fingerprints.of(hit.rule().id(), Fingerprints.solutionRelative(hit.file()),
                actionPath == null ? "" : actionPath, hit.evidence());
        return new Finding(hit.rule().id(), severityOf(hit.rule()), solution, flowName, hit.file(), location.line(),
                location.column(), hit.jsonPointer(), action, actionPath, hit.message(), fingerprint, null);
    }
}
