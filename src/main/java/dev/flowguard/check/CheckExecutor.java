package dev.flowguard.check;

import dev.flowguard.about.About;
import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.ReportFormat;
import dev.flowguard.report.ReportWriter;
import dev.flowguard.report.Sources;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.Notice;
import dev.flowguard.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole check, with no build tool in sight (as maven-pmd-plugin's {@code PmdExecutor} behind its goals):
 * configuration checked → artifacts found → read → rules → findings (inline suppressions applied while each
 * flow is in memory) → suppressions file and baseline → verdict → log lines and report files. The Maven goals
 * only turn parameters into a {@link CheckRequest} and the result into a build outcome; a {@link ReactorCheck}
 * gathers the modules' results of a reactor build.
 */
public final class CheckExecutor {

    private final RuleRegistry registry;

    public CheckExecutor(RuleRegistry registry) {
        this.registry = registry;
    }

    /** A check on its own, as for a single project. */
    public CheckResult check(CheckRequest request, CheckLog log) throws CheckException {
        return check(request, log, null);
    }

    /**
     * Checks, logs and writes the reports the request asks for.
     *
     * @param reactor the reactor build the project is a module of, which says once what concerns every module (a
     *     shared suppressions file's expired entry); null for a project on its own
     * @throws CheckException when the configuration is wrong or a file cannot be written; findings are not errors,
     *     they are in the result
     */
    public CheckResult check(CheckRequest request, CheckLog log, ReactorCheck reactor) throws CheckException {
        Policy policy = Policy.of(request, registry);
        List<ScanInput> inputs = Inputs.of(request);
        if (nothingOfItsOwn(request, inputs)) {
            log.info(prefix(request) + ": " + nothingOfItsOwnText(request));
            return CheckResult.nothingToCheck();
        }
        Suppressions suppressions = SuppressionSources.load(request, registry, true);
        ScanResult scanned = scan(request, policy, inputs, log);
        Suppressions.Outcome outcome = suppressions.apply(scanned.findings(), today(request));
        if (!request.forSite()) {
            logNotices(request, outcome.notices(), log, reactor, true);
        }
        Verdict verdict = Verdict.of(new ScanResult(scanned.solutions(), scanned.flows(), scanned.workflows(), outcome.findings()),
                policy.failOn(), request.failIfNoFlows() && !request.inReactor(), request.project(), request.now())
                .in(sources(request, inputs)).explainedBy(policy.help());
        if (request.forSite()) {
            log.info(ConsoleReport.summary(verdict));
            log.info(prefix(request) + ": flowguard:check " + (verdict.failed() ? "fails" : "passes") + " this build: "
                    + ConsoleReport.reason(verdict));
            return new CheckResult(verdict, List.of(), suppressions, outcome);
        }
        List<ConsoleReport.Line> lines = policy.formats().contains(ReportFormat.CONSOLE)
                ? new ConsoleReport(registry).lines(verdict)
                : ConsoleReport.failingLines(verdict);
        for (ConsoleReport.Line line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
        List<Path> reports = request.writeReports() ? writeReports(request, policy, verdict, log) : List.of();
        return new CheckResult(verdict, reports, suppressions, outcome);
    }

    /** A baseline on its own, as for a single project. */
    public BaselineResult baseline(CheckRequest request, CheckLog log) throws CheckException {
        return baseline(request, log, null);
    }

    /**
     * Writes today's findings as the baseline, replacing the project's old entries: only inline and file suppressions
     * apply, and findings they accept stay out of it (they stay accepted there). In a reactor whose modules share
     * the baseline, the other modules' entries stay as they are.
     */
    public BaselineResult baseline(CheckRequest request, CheckLog log, ReactorCheck reactor) throws CheckException {
        Policy policy = Policy.of(request, registry);
        List<ScanInput> inputs = Inputs.of(request);
        Path target = SuppressionSources.baselineTarget(request);
        boolean shared = SuppressionSources.shared(target, request);
        String name = SuppressionSources.name(target, request);
        if (nothingOfItsOwn(request, inputs)) {
            log.info(prefix(request) + ": " + nothingOfItsOwnText(request));
            if (shared && Files.isRegularFile(target)) {
                write(request, target, name, true, new Baseline(List.of()));
            }
            return new BaselineResult(BaselineResult.Status.NOTHING_OF_ITS_OWN, target, name, 0, 0, 0, Set.of());
        }
        Suppressions suppressions = SuppressionSources.load(request, registry, false);
        // the baseline holds fingerprints and names, never a value, so redaction does not matter here
        ScanResult scanned = scan(request, policy, inputs, log);
        if (request.failIfNoFlows() && !request.inReactor() && scanned.flows() == 0) {
            return new BaselineResult(BaselineResult.Status.NO_FLOWS, null, name, 0, 0, 0, Set.of());
        }
        Suppressions.Outcome outcome = suppressions.apply(scanned.findings(), today(request));
        logNotices(request, outcome.notices().stream().filter(Notice::warning).toList(), log, reactor, false);
        Baseline today = Baseline.of(outcome.findings(), request.project());
        write(request, target, name, shared, today);
        Set<String> fingerprints = new HashSet<>();
        today.entries().forEach(e -> fingerprints.add(e.fingerprint()));
        return new BaselineResult(BaselineResult.Status.WRITTEN, target, name, today.entries().size(), scanned.flows(),
                scanned.workflows(), fingerprints);
    }

    /** Writes the baseline; a shared one keeps the other modules' entries, read and rewritten under one lock. */
    private static void write(CheckRequest request, Path target, String name, boolean shared, Baseline today)
            throws CheckException {
        synchronized (ReportFiles.lock(target)) {
            Baseline written = today;
            if (shared && Files.isRegularFile(target)) {
                try {
                    written = Baseline.read(target, name).replacing(request.project(), today);
                } catch (IllegalArgumentException e) {
                    throw CheckException.misconfigured(e.getMessage());
                }
            }
            Baseline content = written;
            try {
                ReportFiles.write(target, out -> content.write(out, About.version()));
            } catch (IOException e) {
                throw new CheckException(CheckException.Kind.IO, "cannot write the baseline " + target + ": "
                        + ReportFiles.reason(e, target), e);
            }
        }
    }

    private static void logNotices(CheckRequest request, List<Notice> notices, CheckLog log, ReactorCheck reactor,
            boolean withInfo) {
        for (Notice notice : notices) {
            if (notice.reactorWide() && reactor != null && !reactor.firstTime(notice.text())) {
                continue;
            }
            String text = (notice.reactorWide() ? About.NAME : prefix(request)) + ": " + notice.text();
            if (notice.warning()) {
                log.warn(text);
            } else if (withInfo) {
                log.info(text);
            }
        }
    }

    private ScanResult scan(CheckRequest request, Policy policy, List<ScanInput> inputs, CheckLog log) {
        ScanRequest scan = new ScanRequest(inputs, ReadLimits.DEFAULTS, new Redactor(request.showSecrets()),
                policy.ruleSettings());
        return new Scanner(registry).scan(scan, new ScanListener() {
            @Override
            public void artifactScanned(String displayName, int flows, int workflows) {
                log.info(prefix(request) + ": read " + displayName + " (" + ConsoleReport.flows(flows, workflows) + ")");
            }

            @Override
            public void debug(String message, Throwable cause) {
                log.debug(message, cause);
            }
        });
    }

    private static Sources sources(CheckRequest request, List<ScanInput> inputs) {
        Map<String, Path> artifacts = new LinkedHashMap<>();
        inputs.forEach(input -> artifacts.put(input.displayName(), input.path()));
        return Sources.of(RepositoryRoot.of(request.reactorRoot()), request.basedir(), artifacts);
    }

    private List<Path> writeReports(CheckRequest request, Policy policy, Verdict verdict, CheckLog log)
            throws CheckException {
        List<ReportWriter> writers = new ArrayList<>();
        policy.formats().forEach(format -> format.writer(registry).ifPresent(writers::add));
        List<Path> written = new ArrayList<>();
        Path directory = request.outputDirectory().toAbsolutePath().normalize();
        try {
            for (ReportWriter writer : writers) {
                Path target = directory.resolve(writer.fileName());
                ReportFiles.write(target, out -> writer.write(verdict, out));
                log.info(prefix(request) + " report: " + target);
                written.add(target);
            }
        } catch (IOException e) {
            throw new CheckException(CheckException.Kind.IO, "cannot write reports to " + directory + ": "
                    + ReportFiles.reason(e, directory), e);
        }
        return written;
    }

    /**
     * A project that names no solution and finds none, but is a parent (its modules check theirs) or one module of a
     * reactor (a PCF control's, say): finding nothing here is expected, not a scanner that saw nothing.
     */
    private static boolean nothingOfItsOwn(CheckRequest request, List<ScanInput> inputs) {
        return inputs.isEmpty() && (!request.modules().isEmpty() || request.inReactor())
                && request.solutions().stream().allMatch(String::isBlank);
    }

    private static String nothingOfItsOwnText(CheckRequest request) {
        return !request.modules().isEmpty() ? "no solution of its own to check; its modules check theirs"
                : "no solution in this module, nothing to check (to say so, set <flowguard.skip>true</flowguard.skip> "
                        + "in its pom's <properties>)";
    }

    private static LocalDate today(CheckRequest request) {
        return LocalDate.ofInstant(request.now(), ZoneId.systemDefault());
    }

    private static String prefix(CheckRequest request) {
        return About.logPrefix(request.project());
    }
}
