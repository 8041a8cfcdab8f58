package dev.flowguard.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.finding.Finding;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.LogicAppLocator;
import dev.flowguard.flow.NotAFlowException;
import dev.flowguard.model.ChildFlowFacts;
import dev.flowguard.model.CrossFlow;
import dev.flowguard.model.FlowModel;
import dev.flowguard.model.ShippedValues;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.UnreadableArtifactRule;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.FlowSource;
import dev.flowguard.solution.OpenArtifact;
import dev.flowguard.solution.ReadProblem;
import dev.flowguard.solution.Solution;
import dev.flowguard.solution.SolutionReader;
import dev.flowguard.solution.UnreadableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The engine: opens each artifact, checks its own files, then reads, checks and releases its flows one at
 * a time, so memory is bounded by the largest flows in flight rather than by the solution.
 *
 * <p>Flow files are read (inflated) in order on the calling thread; parsing, modelling and checking run on
 * a small pool, at most {@link #IN_FLIGHT_PER_WORKER} flows per worker in flight. Outcomes are merged in
 * file order, so a parallel scan gives exactly what a serial one gives (see docs/performance.md).
 */
public final class Scanner {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    /**
     * Enough queued flows to keep every worker busy while the reader inflates the next one, and while the oldest
     * flow, which the reader waits for, is a slow one: a flow with secrets costs ten times more per byte to
     * check, and with two flows per worker the other worker sat idle behind it (the parallel scan ran 1.4 to 1.5
     * times faster than the serial one; with eight, 1.65 to 1.7). Queued flows are only their bytes.
     */
    static final int IN_FLIGHT_PER_WORKER = 8;

    /**
     * How many bytes of flow files an artifact keeps modelled after their check, for the solution's other flows to
     * share secrets with them ({@link CrossFlows}): enough for every flow of a usual solution, bounded for a large
     * one. A flow that needs a second look and was not kept is read again, outside the artifact's size limit, which
     * it met the first time.
     */
    static final long RETAINED_BYTES = 4L * 1024 * 1024;

    private final RuleRegistry registry;
    private final int parallelism;
    private final long retainedBytes;

    public Scanner(RuleRegistry registry) {
        this(registry, defaultParallelism());
    }

    /** @param parallelism how many flows are checked at once; 1 checks them on the calling thread */
    public Scanner(RuleRegistry registry, int parallelism) {
        this(registry, parallelism, RETAINED_BYTES);
    }

    /** @param retainedBytes how many bytes of flow files an artifact may keep modelled for a second look */
    Scanner(RuleRegistry registry, int parallelism, long retainedBytes) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.registry = registry;
        this.parallelism = parallelism;
        this.retainedBytes = retainedBytes;
    }

    /** One worker per processor, up to four: beyond that the single reading thread is the bottleneck. */
    public static int defaultParallelism() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public ScanResult scan(ScanRequest request, ScanListener listener) {
        SolutionReader reader = new SolutionReader(request.limits());
        FindingFactory findings = new FindingFactory(request.ruleSettings(), request.redactor());
        List<Finding> all = new ArrayList<>();
        List<String> solutions = new ArrayList<>();
        int flows = 0;
        int workflows = 0;
        ExecutorService workers = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, new WorkerThreads()) : null;
        try {
            for (ScanInput input : request.inputs()) {
                OpenArtifact artifact;
                try {
                    artifact = reader.open(input.path(), input.displayName());
                } catch (UnreadableException e) {
                    all.add(unreadable(findings, null, new ReadProblem(input.displayName(), e.getMessage(), e.getCause()),
                            file -> input.path().getFileName().toString(), listener));
                    listener.artifactScanned(input.displayName(), 0, 0);
                    continue;
                }
                try (artifact) {
                    if (artifact.solution().kind() != ArtifactKind.SETTINGS) {
                        solutions.add(artifact.solution().name());
                    }
                    for (ReadProblem problem : artifact.problems()) {
                        String owner = problem.file().equals(artifact.contents().displayName()) ? null
                                : artifact.solution().name();
                        all.add(unreadable(findings, owner, problem, artifact.contents()::solutionRelative, listener));
                    }
                    checkSolution(artifact, request, findings, all);
                    FlowChecker checker = new FlowChecker(reader, artifact, request, findings, listener);
                    List<FlowOutcome> outcomes = workers == null || artifact.solution().flows().size() < 2
                            ? checkFlowsHere(checker, artifact)
                            : checkFlowsOn(workers, checker, artifact);
                    List<FlowSource> sources = artifact.solution().flows();
                    CrossFlows.recheck(outcomes,
                            (index, crossFlow) -> checker.recheck(sources.get(index), outcomes.get(index), crossFlow));
                    int checked = 0;
                    int checkedWorkflows = 0;
                    for (FlowOutcome outcome : outcomes) {
                        outcome.mergeInto(all, listener);
                        checked += outcome.flows();
                        checkedWorkflows += outcome.workflows();
                    }
                    listener.artifactScanned(input.displayName(), checked, checkedWorkflows);
                    flows += checked;
                    workflows += checkedWorkflows;
                }
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        all.sort(ORDER);
        return new ScanResult(solutions, flows, workflows, all);
    }

    private void checkSolution(OpenArtifact artifact, ScanRequest request, FindingFactory findings, List<Finding> into) {
        SolutionContext context = SolutionContext.of(artifact.solution());
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (findings.enabled(rule.descriptor())) {
                rule.checkSolution(context, hits::add);
            }
        }
        into.addAll(findings.fromSolutionHits(artifact.solution(), hits, artifact.contents()::solutionRelative));
    }

    private static List<FlowOutcome> checkFlowsHere(FlowChecker checker, OpenArtifact artifact) {
        List<FlowOutcome> outcomes = new ArrayList<>();
        for (FlowSource source : artifact.solution().flows()) {
            outcomes.add(checker.read(source).check());
        }
        return outcomes;
    }

    /**
     * Reads on this thread, checks on the workers, merges in file order. Waiting for the oldest flow before
     * reading another bounds what is in memory to {@code parallelism * IN_FLIGHT_PER_WORKER} flows.
     */
    private List<FlowOutcome> checkFlowsOn(ExecutorService workers, FlowChecker checker, OpenArtifact artifact) {
        List<FlowOutcome> outcomes = new ArrayList<>();
        Deque<Future<FlowOutcome>> inFlight = new ArrayDeque<>();
        try {
            for (FlowSource source : artifact.solution().flows()) {
                ReadFlow read = checker.read(source);
                inFlight.add(workers.submit(read::check));
                while (inFlight.size() >= parallelism * IN_FLIGHT_PER_WORKER) {
                    outcomes.add(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                outcomes.add(await(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(future -> future.cancel(true));
        }
        return outcomes;
    }

    /** A rule's failure on a worker surfaces as it would on a serial scan: the same exception, unwrapped. */
    private static FlowOutcome await(Future<FlowOutcome> outcome) {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        }
    }

    /** Reads flow files of one artifact and checks them: reading on one thread, checking on any. */
    private final class FlowChecker {

        private final SolutionReader reader;
        private final OpenArtifact artifact;
        private final ScanRequest request;
        private final FindingFactory findings;
        private final ScanListener listener;
        private final AtomicLong retainable = new AtomicLong(retainedBytes);

        FlowChecker(SolutionReader reader, OpenArtifact artifact, ScanRequest request, FindingFactory findings,
                ScanListener listener) {
            this.reader = reader;
            this.artifact = artifact;
            this.request = request;
            this.findings = findings;
            this.listener = listener;
        }

        /** Reads the file; only this touches the artifact, which is not safe for concurrent reads. */
        ReadFlow read(FlowSource source) {
            try {
                return new ReadFlow(this, source, artifact.read(source), null);
            } catch (UnreadableException e) {
                return new ReadFlow(this, source, null, e);
            }
        }

        FlowOutcome check(FlowSource source, byte[] bytes, UnreadableException readFailure) {
            return check(source, bytes, readFailure, CrossFlow.NONE);
        }

        /**
         * Checks a flow again knowing what the solution's other flows share with it: only its origins are computed
         * again, on the model kept from its first check; a flow not kept is read again.
         */
        FlowOutcome recheck(FlowSource source, FlowOutcome first, CrossFlow crossFlow) {
            FlowOutcome.Retained retained = first.retained();
            if (retained != null) {
                return checkModel(retained.model().knowing(crossFlow), retained.bytes(), retained);
            }
            // rechecks run on the scanning thread, the one the listener is called from
            listener.debug("flowguard: " + source.displayPath() + " was not kept for a second look; read again", null);
            try {
                return check(source, artifact.readAgain(source), null, crossFlow);
            } catch (UnreadableException e) {
                return check(source, null, e, crossFlow);
            }
        }

        /** @param crossFlow what the solution's other flows share with this one */
        FlowOutcome check(FlowSource source, byte[] bytes, UnreadableException readFailure, CrossFlow crossFlow) {
            if (readFailure != null) {
                return unreadableFlow(source, readFailure);
            }
            String solution = artifact.solution().name();
            Flow flow;
            try {
                JsonNode root = reader.json().parse(bytes);
                List<LogicAppLocator.Located> workflows = isSolution(artifact.solution().kind()) ? List.of()
                        : LogicAppLocator.locate(root, logicAppNames(source));
                if (!workflows.isEmpty()) {
                    return checkLogicApps(source, bytes, root, workflows);
                }
                LogicAppLocator.Connections connections = isSolution(artifact.solution().kind()) ? null
                        : LogicAppLocator.templateConnections(root);
                if (connections != null && !connections.isEmpty()) {
                    return checkConnectionsTemplate(source, bytes, connections);
                }
                flow = FlowParser.parse(solution, source.displayPath(), source.displayName(), fallbackName(source), root);
            } catch (UnreadableException e) {
                return unreadableFlow(source, e);
            } catch (NotAFlowException e) {
                // in a solution's Workflows folder a JSON that is not a flow is a broken flow; a loose JSON
                // file beside flows (connections.json, host.json) is simply something else
                if (source.knownCloudFlow() || isSolution(artifact.solution().kind())) {
                    return FlowOutcome.unreadable(findings.stub(UnreadableArtifactRule.DESCRIPTOR, solution,
                            source.displayPath(), artifact.contents()::solutionRelative), null, null);
                }
                if (artifact.solution().kind() == ArtifactKind.LOGIC_APP_STANDARD || LogicAppLocator.claimsWorkflow(e)) {
                    return FlowOutcome.unreadable(findings.unreadable(UnreadableArtifactRule.DESCRIPTOR, solution,
                            new ReadProblem(source.displayPath(), e.getMessage()), artifact.contents()::solutionRelative),
                            null, null);
                }
                return FlowOutcome.skipped("flowguard: " + source.displayPath() + " is not a flow definition; skipped");
            }
            return checkModel(FlowModel.of(flow, artifact.solution()).knowing(crossFlow), bytes, null);
        }

        /** @param retained the model and bytes kept from an earlier check of this flow, or null */
        private FlowOutcome checkModel(FlowModel model, byte[] bytes, FlowOutcome.Retained retained) {
            List<Finding> found = checkOne(new FlowContext(model), bytes);
            if (!isSolution(artifact.solution().kind())) {
                return FlowOutcome.checked(model.flow().isLogicApp(), found, ChildFlowFacts.NONE, null);
            }
            ChildFlowFacts facts = located(model.childFlowFacts(), model.flow().file(), bytes);
            if (retained == null && facts != ChildFlowFacts.NONE && reserve(bytes.length)) {
                retained = new FlowOutcome.Retained(model, bytes);
            }
            return FlowOutcome.checked(model.flow().isLogicApp(), found, facts, retained);
        }

        /**
         * The facts with the steps of the ways they share placed in this flow's file: the flows they go to have only
         * their own files' text, so each flow places its own steps, and only when a secret crosses.
         */
        private ChildFlowFacts located(ChildFlowFacts facts, String file, byte[] bytes) {
            Set<String> pointers = facts.unlocated(file);
            return pointers.isEmpty() ? facts : facts.located(file, FindingFactory.locate(bytes, pointers));
        }

        private boolean reserve(long bytes) {
            return retainable.getAndUpdate(left -> left >= bytes ? left - bytes : left) >= bytes;
        }

        /** An ARM template may hold several logic apps: each workflow is checked as a flow of its own. */
        private FlowOutcome checkLogicApps(FlowSource source, byte[] bytes, JsonNode root,
                List<LogicAppLocator.Located> workflows) {
            List<Finding> found = new ArrayList<>();
            for (LogicAppLocator.Located workflow : workflows) {
                Flow flow = FlowParser.parse(source.displayPath(), root, workflow);
                found.addAll(checkOne(new FlowContext(FlowModel.of(flow, artifact.solution())), bytes));
            }
            return FlowOutcome.workflows(workflows.size(), found);
        }

        /**
         * An ARM template that deploys API connections and no workflow (teams keep connections in a template of
         * their own): its connections' values are what it ships, checked as an artifact's own values are.
         */
        private FlowOutcome checkConnectionsTemplate(FlowSource source, byte[] bytes,
                LogicAppLocator.Connections connections) {
            Solution template = new Solution(fallbackName(source), source.displayPath(), artifact.solution().kind(),
                    List.of(), List.of(), List.of(), List.of());
            SolutionContext context = new SolutionContext(template,
                    ShippedValues.ofConnections(source.displayPath(), connections), connections.splices());
            List<Hit> hits = new ArrayList<>();
            for (Rule rule : registry.rules()) {
                if (findings.enabled(rule.descriptor())) {
                    rule.checkSolution(context, hits::add);
                }
            }
            return FlowOutcome.deploymentOnly(findings.fromFileHits(template.name(), bytes, hits,
                    artifact.contents()::solutionRelative));
        }

        private List<Finding> checkOne(FlowContext context, byte[] bytes) {
            List<Hit> hits = new ArrayList<>();
            Consumer<Hit> report = hits::add;
            for (Rule rule : registry.rules()) {
                if (findings.enabled(rule.descriptor())) {
                    rule.checkFlow(context, report);
                }
            }
            return findings.fromFlowHits(context.model(), bytes, hits, artifact.contents()::solutionRelative);
        }

        /**
         * What the file does not name: a Standard project's workflows belong to the project and are named by their
         * folder; anything else is named by its file.
         */
        private LogicAppLocator.Names logicAppNames(FlowSource source) {
            String stem = fallbackName(source);
            // the display path, not the entry's: a single file's entry has no folder
            String[] segments = source.displayPath().replace('!', '/').split("/");
            boolean workflowJson = source.entry().fileName().equalsIgnoreCase("workflow.json");
            String parent = segments.length >= 2 ? segments[segments.length - 2] : stem;
            String grandparent = segments.length >= 3 ? segments[segments.length - 3] : stem;
            String workflow = workflowJson ? parent : stem;
            String logicApp = artifact.solution().kind() == ArtifactKind.LOGIC_APP_STANDARD ? artifact.solution().name()
                    : workflowJson ? grandparent : stem;
            return new LogicAppLocator.Names(logicApp, workflow);
        }

        private FlowOutcome unreadableFlow(FlowSource source, UnreadableException e) {
            ReadProblem problem = new ReadProblem(source.displayPath(), e.getMessage(), e.getCause());
            return FlowOutcome.unreadable(findings.unreadable(UnreadableArtifactRule.DESCRIPTOR, artifact.solution().name(),
                    problem, artifact.contents()::solutionRelative),
                    problem.cause() == null ? null : "FG901 " + problem.file() + ": " + problem.reason(), problem.cause());
        }
    }

    /** A flow file as read, waiting to be checked; holds its bytes only until then. */
    private record ReadFlow(FlowChecker checker, FlowSource source, byte[] bytes, UnreadableException failure) {

        FlowOutcome check() {
            return checker.check(source, bytes, failure);
        }
    }

    private static boolean isSolution(ArtifactKind kind) {
        return kind == ArtifactKind.PACKED_SOLUTION || kind == ArtifactKind.UNPACKED_SOLUTION;
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

    /** Daemon workers, so a scan abandoned by an error never keeps the build's JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "flowguard-scan-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
