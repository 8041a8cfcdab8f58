package dev.flowguard.check;

import dev.flowguard.about.About;
import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.ReportFormat;
import dev.flowguard.report.ReportWriter;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole check, with no build tool in sight (as maven-pmd-plugin's {@code PmdExecutor} behind its goals):
 * configuration checked → artifacts found → read → rules → findings (inline suppressions applied while each
 * flow is in memory) → suppressions file and baseline → verdict → log lines and report files. The Maven goals
 * only turn parameters into a {@link CheckRequest} and the result into a build outcome.
 */
public final class CheckExecutor {

    private final RuleRegistry registry;

    public CheckExecutor(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Checks, logs and writes the reports the request asks for.
     *
     * @throws CheckException when the configuration is wrong or a file cannot be written; findings are not errors,
     *     they are in the result
     */
    public CheckResult check(CheckRequest request, CheckLog log) throws CheckException {
        Policy policy = Policy.of(request, registry);
        List<ScanInput> inputs = Inputs.of(request);
        if (nothingOfItsOwn(request, inputs)) {
            log.info(prefix(request) + ": no solution of its own to check; its modules check theirs");
            return CheckResult.nothingToCheck();
        }
        Suppressions suppressions = SuppressionSources.load(request, registry, true);
        ScanResult scanned = scan(request, policy, inputs, log);
        Suppressions.Outcome outcome = suppressions.apply(scanned.findings(), today(request));
        for (Notice notice : outcome.notices()) {
            if (notice.warning()) {
                log.warn(prefix(request) + ": " + notice.text());
            } else {
                log.info(prefix(request) + ": " + notice.text());
            }
        }
        Verdict verdict = Verdict.of(new ScanResult(scanned.solutions(), scanned.flows(), outcome.findings()),
                policy.failOn(), request.failIfNoFlows(), request.project(), request.now());
        List<ConsoleReport.Line> lines = policy.formats().contains(ReportFormat.CONSOLE)
                ? new ConsoleReport(registry).lines(verdict)
                : ConsoleReport.closingLines(verdict);
        for (ConsoleReport.Line line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
        List<Path> reports = writeReports(request, policy, verdict, log);
        return new CheckResult(verdict, reports);
    }

    /**
     * Writes today's findings as the baseline, replacing the old one: only inline and file suppressions apply,
     * and findings they accept stay out of it (they stay accepted there).
     */
    public BaselineResult baseline(CheckRequest request, CheckLog log) throws CheckException {
        Policy policy = Policy.of(request, registry);
        List<ScanInput> inputs = Inputs.of(request);
        if (nothingOfItsOwn(request, inputs)) {
            log.info(prefix(request) + ": no solution of its own; its modules write their own baselines");
            return new BaselineResult(BaselineResult.Status.NOTHING_OF_ITS_OWN, null, 0, 0);
        }
        Suppressions suppressions = SuppressionSources.load(request, registry, false);
        // the baseline holds fingerprints and names, never a value, so redaction does not matter here
        ScanResult scanned = scan(request, policy, inputs, log);
        if (request.failIfNoFlows() && scanned.flows() == 0) {
            return new BaselineResult(BaselineResult.Status.NO_FLOWS, null, 0, 0);
        }
        Suppressions.Outcome outcome = suppressions.apply(scanned.findings(), today(request));
        for (Notice notice : outcome.notices()) {
            if (notice.warning()) {
                log.warn(prefix(request) + ": " + notice.text());
            }
        }
        Baseline baseline = Baseline.of(outcome.findings());
        Path target = SuppressionSources.baselineTarget(request);
        try {
            ReportFiles.write(target, out -> baseline.write(out, About.version()));
        } catch (IOException e) {
            throw new CheckException(CheckException.Kind.IO, "cannot write the baseline " + target + ": "
                    + ReportFiles.reason(e, target), e);
        }
        return new BaselineResult(BaselineResult.Status.WRITTEN, target, baseline.entries().size(), scanned.flows());
    }

    private ScanResult scan(CheckRequest request, Policy policy, List<ScanInput> inputs, CheckLog log) {
        ScanRequest scan = new ScanRequest(inputs, ReadLimits.DEFAULTS, new Redactor(request.showSecrets()),
                policy.ruleSettings());
        return new Scanner(registry).scan(scan, new ScanListener() {
            @Override
            public void artifactScanned(String displayName, int flows) {
                log.info(prefix(request) + ": read " + displayName + " (" + flows + " cloud flow" + (flows == 1 ? "" : "s") + ")");
            }

            @Override
            public void debug(String message, Throwable cause) {
                log.debug(message, cause);
            }
        });
    }

    private List<Path> writeReports(CheckRequest request, Policy policy, Verdict verdict, CheckLog log)
            throws CheckException {
        List<ReportWriter> writers = new ArrayList<>();
        policy.formats().forEach(format -> format.writer().ifPresent(writers::add));
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
     * A parent project (with modules) that names no solution and has none of its own: its modules check theirs,
     * so finding nothing here is expected, not a scanner that saw nothing.
     */
    private static boolean nothingOfItsOwn(CheckRequest request, List<ScanInput> inputs) {
        return inputs.isEmpty() && !request.modules().isEmpty()
                && request.solutions().stream().allMatch(String::isBlank);
    }

    private static LocalDate today(CheckRequest request) {
        return LocalDate.ofInstant(request.now(), ZoneId.systemDefault());
    }

    private static String prefix(CheckRequest request) {
        return About.logPrefix(request.project());
    }
}
