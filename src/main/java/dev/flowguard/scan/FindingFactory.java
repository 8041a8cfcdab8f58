package dev.flowguard.scan;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.LocationResolver;
import dev.flowguard.flow.SourceLocation;
import dev.flowguard.finding.Finding;
import dev.flowguard.model.FlowModel;
import dev.flowguard.model.PathStep;
import dev.flowguard.model.Ways;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.solution.ReadProblem;
import dev.flowguard.solution.Solution;
import dev.flowguard.solution.TextDecoder;
import dev.flowguard.solution.UnreadableException;
import dev.flowguard.suppress.InlineSuppressions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Turns rule hits into findings: configured severity, line and column, fingerprint. */
final class FindingFactory {

    private final Map<String, RuleSetting> settings;
    private final Redactor redactor;

    /** @param redactor the one place secrets are redacted: every hit's message is written through it here */
    FindingFactory(Map<String, RuleSetting> settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
    }

    boolean enabled(RuleDescriptor rule) {
        RuleSetting setting = settings.get(rule.id());
        return setting == null || setting.enabled();
    }

    private Severity severityOf(RuleDescriptor rule) {
        RuleSetting setting = settings.get(rule.id());
        return setting != null && setting.severity() != null ? setting.severity() : rule.defaultSeverity();
    }

    /** @param relativize turns a file as findings name it into its path inside the solution, for fingerprints */
    List<Finding> fromFlowHits(FlowModel model, byte[] bytes, List<Hit> hits, UnaryOperator<String> relativize) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Flow flow = model.flow();
        // a secret's way ends where the hit is; its steps in this file are placed in the same pass as the hits
        List<List<PathStep>> ways = new ArrayList<>(hits.size());
        Set<String> pointers = new LinkedHashSet<>();
        for (Hit hit : hits) {
            List<PathStep> way = hit.path().isEmpty() ? List.of()
                    : Ways.of(model, hit.path(), hit.node(), hit.jsonPointer());
            ways.add(way);
            if (hit.jsonPointer() != null) {
                pointers.add(hit.jsonPointer());
            }
            way.stream().filter(step -> step.awaitsLocation(flow.file())).forEach(step -> pointers.add(step.pointer()));
        }
        Map<String, SourceLocation> locations = locate(bytes, pointers);
        List<Finding> findings = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Finding finding = finding(hits.get(i), flow.solution(), flow.name(), fingerprintScope(flow), locations,
                    relativize);
            List<PathStep> way = ways.get(i);
            findings.add(way.isEmpty() ? finding : finding.withPath(way.stream()
                    .map(step -> step.awaitsLocation(flow.file()) ? step.at(locations.get(step.pointer())) : step)
                    .toList()));
        }
        return findings;
    }

    /** Hits about a file that holds no flow (a template that deploys only connections), named by {@code owner}. */
    List<Finding> fromFileHits(String owner, byte[] bytes, List<Hit> hits, UnaryOperator<String> relativize) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, SourceLocation> locations = locate(bytes,
                hits.stream().map(Hit::jsonPointer).filter(java.util.Objects::nonNull).toList());
        List<Finding> findings = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            findings.add(finding(hit, owner, null, "", locations, relativize));
        }
        return findings;
    }

    List<Finding> fromSolutionHits(Solution solution, List<Hit> hits, UnaryOperator<String> relativize) {
        List<Finding> findings = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            Map<String, SourceLocation> locations = solution.settings().stream()
                    .filter(s -> s.file().equals(hit.file()))
                    .findFirst()
                    .map(s -> locateInText(s.text(), hit))
                    .or(() -> solution.logicAppSettings().stream()
                            .filter(s -> s.file().equals(hit.file()))
                            .findFirst()
                            .map(s -> locateInText(s.text(), hit)))
                    .orElse(Map.of());
            findings.add(finding(hit, solution.name(), null, "", locations, relativize));
        }
        return findings;
    }

    Finding unreadable(RuleDescriptor rule, String solution, ReadProblem problem, UnaryOperator<String> relativize) {
        return new Finding(rule.id(), severityOf(rule), solution, null, problem.file(), 0, 0, null, null, null,
                "could not be read: " + problem.reason(),
                Fingerprints.of(rule.id(), relativize.apply(problem.file()), "", problem.reason()), null);
    }

    /**
     * A flow file of the solution that parses but holds no definition (a stub the designer left, or an export
     * without its flow): nothing is wrong with the artifact and nothing could be checked, so it says so at INFO.
     */
    Finding stub(RuleDescriptor rule, String solution, String file, UnaryOperator<String> relativize) {
        String reason = "holds no workflow definition (no triggers or actions), only designer data: nothing to check";
        return new Finding(rule.id(), Severity.INFO, solution, null, file, 0, 0, null, null, null, reason,
                Fingerprints.of(rule.id(), relativize.apply(file), "", reason), null);
    }

    private static Map<String, SourceLocation> locateInText(String text, Hit hit) {
        return hit.jsonPointer() == null ? Map.of() : LocationResolver.resolve(text, List.of(hit.jsonPointer()));
    }

    /** Where {@code pointers} are in a flow file: one pass over its text for all of them. */
    static Map<String, SourceLocation> locate(byte[] bytes, Collection<String> pointers) {
        if (pointers.isEmpty()) {
            return Map.of();
        }
        try {
            return LocationResolver.resolve(TextDecoder.decode(bytes), pointers);
        } catch (UnreadableException e) {
            return Map.of();
        }
    }

    /**
     * An ARM template may hold several logic apps, often with the same trigger and action names: their findings
     * are told apart by the workflow's name, so a baseline never takes one logic app's finding for another's.
     * Every other file holds one flow, and its fingerprints stay as they were.
     */
    private static String fingerprintScope(Flow flow) {
        return flow.isLogicApp() && flow.definitionPointer().startsWith("/resources/") ? flow.name() + ":" : "";
    }

    private Finding finding(Hit hit, String solution, String flowName, String scope, Map<String, SourceLocation> locations,
            UnaryOperator<String> relativize) {
        SourceLocation location = hit.jsonPointer() == null ? SourceLocation.UNKNOWN
                : locations.getOrDefault(hit.jsonPointer(), SourceLocation.UNKNOWN);
        String action = hit.node() == null ? null : hit.node().name();
        String actionPath = hit.node() == null ? null : hit.node().actionPath();
        String fingerprint = Fingerprints.of(hit.rule().id(), relativize.apply(hit.file()),
                scope + (actionPath == null ? "" : actionPath), hit.evidence());
        Finding finding = new Finding(hit.rule().id(), hit.severity(severityOf(hit.rule())), solution, flowName,
                hit.file(), location.line(), location.column(), hit.jsonPointer(), action, actionPath,
                hit.message(redactor), fingerprint, null);
        // the node's description is only in memory now: the scan releases each flow once it is checked
        return hit.node() == null ? finding : InlineSuppressions.apply(finding, hit.node().description());
    }
}
