package dev.flowguard.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.NotAFlowException;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Finding;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.UnreadableArtifactRule;
import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.FlowSource;
import dev.flowguard.solution.OpenArtifact;
import dev.flowguard.solution.ReadProblem;
import dev.flowguard.solution.SolutionReader;
import dev.flowguard.solution.UnreadableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The engine: opens each artifact, checks its own files, then reads, checks and releases its flows one at
 * a time, so memory is bounded by the largest flow rather than by the solution.
 */
public final class Scanner {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    private final RuleRegistry registry;

    public Scanner(RuleRegistry registry) {
        this.registry = registry;
    }

    public ScanResult scan(ScanRequest request, ScanListener listener) {
        SolutionReader reader = new SolutionReader(request.limits());
        FindingFactory findings = new FindingFactory(request.ruleSettings());
        List<Finding> all = new ArrayList<>();
        List<String> solutions = new ArrayList<>();
        int flows = 0;
        for (ScanInput input : request.inputs()) {
            OpenArtifact artifact;
            try {
                artifact = reader.open(input.path(), input.displayName());
            } catch (UnreadableException e) {
                all.add(unreadable(findings, null, new ReadProblem(input.displayName(), e.getMessage(), e.getCause()),
                        file -> input.path().getFileName().toString(), listener));
                continue;
            }
            try (artifact) {
                if (artifact.solution().kind() != ArtifactKind.SETTINGS) {
                    solutions.add(artifact.solution().name());
                }
                for (ReadProblem problem : artifact.problems()) {
                    String owner = problem.file().equals(artifact.contents().displayName()) ? null : artifact.solution().name();
                    all.add(unreadable(findings, owner, problem, artifact.contents()::solutionRelative, listener));
                }
                checkSolution(artifact, request, findings, all);
                for (FlowSource source : artifact.solution().flows()) {
                    flows += checkFlow(reader, artifact, source, request, findings, all, listener);
                }
            }
        }
        all.sort(ORDER);
        return new ScanResult(solutions, flows, all);
    }

    private void checkSolution(OpenArtifact artifact, ScanRequest request, FindingFactory findings, List<Finding> into) {
        SolutionContext context = new SolutionContext(artifact.solution(), request.redactor());
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (findings.enabled(rule.descriptor())) {
                rule.checkSolution(context, hits::add);
            }
        }
        into.addAll(findings.fromSolutionHits(artifact.solution(), hits, artifact.contents()::solutionRelative));
    }

    /** @return 1 when a cloud flow was checked, 0 otherwise */
    private int checkFlow(SolutionReader reader, OpenArtifact artifact, FlowSource source, ScanRequest request,
            FindingFactory findings, List<Finding> into, ScanListener listener) {
        String solution = artifact.solution().name();
        byte[] bytes;
        JsonNode root;
        Flow flow;
        try {
            bytes = artifact.read(source);
            root = reader.json().parse(bytes);
            flow = FlowParser.parse(solution, source.displayPath(), source.displayName(), fallbackName(source), root);
        } catch (UnreadableException e) {
            into.add(unreadable(findings, solution, new ReadProblem(source.displayPath(), e.getMessage(), e.getCause()),
                    artifact.contents()::solutionRelative, listener));
            return 0;
        } catch (NotAFlowException e) {
            // in a solution's Workflows folder a JSON that is not a flow is a broken flow; a loose JSON
            // file beside flows (connections.json, host.json) is simply something else
            if (source.knownCloudFlow() || artifact.solution().kind() == ArtifactKind.PACKED_SOLUTION
                    || artifact.solution().kind() == ArtifactKind.UNPACKED_SOLUTION) {
                into.add(unreadable(findings, solution, new ReadProblem(source.displayPath(), e.getMessage()),
                        artifact.contents()::solutionRelative, listener));
            } else {
                listener.debug("flowguard: " + source.displayPath() + " is not a flow definition; skipped", null);
            }
            return 0;
        }
        FlowContext context = new FlowContext(flow, artifact.solution(), request.redactor());
        List<Hit> hits = new ArrayList<>();
        Consumer<Hit> report = hits::add;
        for (Rule rule : registry.rules()) {
            if (findings.enabled(rule.descriptor())) {
                rule.checkFlow(context, report);
            }
        }
        into.addAll(findings.fromFlowHits(flow, bytes, hits, artifact.contents()::solutionRelative));
        return 1;
    }

    private static String fallbackName(FlowSource source) {
        String name = source.entry().fileName();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** @param solution the solution the file belongs to, or null when the artifact itself could not be opened */
    private static Finding unreadable(FindingFactory findings, String solution, ReadProblem problem,
            UnaryOperator<String> relativize, ScanListener listener) {
        if (problem.cause() != null) {
            listener.debug("FG901 " + problem.file() + ": " + problem.reason(), problem.cause());
        }
        return findings.unreadable(UnreadableArtifactRule.DESCRIPTOR, solution, problem, relativize);
    }
}
