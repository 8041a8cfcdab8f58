package dev.flowguard.maven;

import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.ReportFormat;
import dev.flowguard.report.ReportWriter;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.Finding;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.suppress.Notice;
import dev.flowguard.suppress.Suppressions;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every cloud flow of the project's Power Platform solutions and fails the build on findings at or
 * above {@code failOnSeverity}. A thin adapter: parameters become a scan request, the result becomes log
 * lines, report files and the build outcome.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractScanMojo {

    /** Fail when a finding is at this level or above: INFO, LOW, MEDIUM, HIGH, CRITICAL, or NONE. */
    @Parameter(property = "flowguard.failOnSeverity", defaultValue = "HIGH")
    private String failOnSeverity;

    /**
     * Findings accepted by {@code flowguard:baseline}: only findings not in it fail the build. Default:
     * {@code flowguard-baseline.json} in the base directory, when present.
     */
    @Parameter(property = "flowguard.baselineFile")
    private File baselineFile;

    /** Comma-separated report formats: any of console, sarif, json, html, junit. */
    @Parameter(property = "flowguard.formats", defaultValue = "console,sarif,json")
    private String formats;

    /** Where report files are written; nothing is written anywhere else. */
    @Parameter(property = "flowguard.outputDirectory", defaultValue = "${project.build.directory}/flowguard")
    private File outputDirectory;

    /** Show secret values in clear in messages and reports. Off: values show as their length only. */
    @Parameter(property = "flowguard.showSecrets", defaultValue = "false")
    private boolean showSecrets;

    @Override
    void run(RuleRegistry registry) throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        Severity failOn;
        Set<ReportFormat> reportFormats;
        try {
            failOn = CheckRequestBuilder.failOn(failOnSeverity);
            reportFormats = ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw misconfigured(e);
        }
        ScanRequest request = scanRequest(registry, showSecrets);
        Suppressions suppressions = suppressions(baselineFile, true);
        ScanResult scanned = new Scanner(registry).scan(request, new MavenLogListener(log));
        Suppressions.Outcome suppressed = suppressions.apply(scanned, LocalDate.now());
        for (Notice notice : suppressed.notices()) {
            if (notice.warning()) {
                log.warn("flowguard: " + notice.text());
            } else {
                log.info("flowguard: " + notice.text());
            }
        }
        Verdict verdict = Verdict.of(suppressed.result(), failOn, failIfNoFlows());

        if (reportFormats.contains(ReportFormat.CONSOLE)) {
            for (ConsoleReport.Line line : new ConsoleReport(registry).lines(verdict)) {
                switch (line.level()) {
                    case ERROR -> log.error(line.text());
                    case WARN -> log.warn(line.text());
                    default -> log.info(line.text());
                }
            }
        }
        writeReports(reportFormats, verdict, log);
        if (verdict.failed()) {
            throw new MojoFailureException(failureMessage(verdict));
        }
    }

    private void writeReports(Set<ReportFormat> reportFormats, Verdict verdict, Log log) throws MojoExecutionException {
        List<ReportWriter> writers = new ArrayList<>();
        reportFormats.forEach(format -> format.writer().ifPresent(writers::add));
        if (writers.isEmpty()) {
            return;
        }
        Path directory = reportDirectory();
        try {
            Files.createDirectories(directory);
            for (ReportWriter writer : writers) {
                Path target = directory.resolve(writer.fileName());
                Path partial = Files.createTempFile(directory, writer.fileName(), ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    writer.write(verdict, out);
                }
                // a reader never sees a half-written report, and a failed run leaves the last good one
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.info("flowguard report: " + target);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("flowguard: cannot write reports to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Outside a project Maven leaves {@code ${project.build.directory}} uninterpolated: use ./target/flowguard. */
    private Path reportDirectory() {
        if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
            return basedir().resolve("target").resolve("flowguard").toAbsolutePath().normalize();
        }
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    private static String failureMessage(Verdict verdict) {
        if (verdict.noFlows()) {
            return "flowguard found no cloud flow to check. Name the solutions with <solutions> or "
                    + "-Dflowguard.solutions, or set failIfNoFlows=false.";
        }
        List<Finding> failing = verdict.failingFindings();
        return "flowguard found " + failing.size() + " finding" + (failing.size() == 1 ? "" : "s") + " at "
                + verdict.failOn() + " or above; see the lines above and the reports.";
    }

}
