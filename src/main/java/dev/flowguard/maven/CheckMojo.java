package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.check.CheckResult;
import dev.flowguard.check.ReactorCheck;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks every cloud flow of the project's Power Platform solutions for leaked secrets, secrets exposed in run
 * history and HTTP triggers anyone can call, and fails the build on findings at or above
 * {@code failOnSeverity}. Each finding is one log line naming the file, line and action; the reports go to
 * {@code outputDirectory}. A mistake in the configuration stops the build as an error.
 *
 * <p>Typed at the root of a multi-module build ({@code mvn flowguard:check}), it checks every module of the build,
 * each with its own configuration, as {@code pmd:check} does, and fails if any module fails; bound to the lifecycle
 * ({@code mvn verify}), each module checks itself. Either way the reactor root's {@code target/flowguard} gets one
 * SARIF and one JSON report holding every module's findings. Outside any project,
 * {@code mvn dev.flowguard:flowguard-maven-plugin:check -Dflowguard.solutions=My.zip} checks what it names.
 */
// requiresProject = false keeps the goal usable outside any project; Maven then runs a goal typed at the root
// once, for the root, so that execution checks every project of the build itself (checkReactor)
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractScanMojo {

    /** Fail when a finding is at this level or above: INFO, LOW, MEDIUM, HIGH, CRITICAL, or NONE. */
    @Parameter(property = "flowguard.failOnSeverity", defaultValue = "HIGH")
    private String failOnSeverity;

    /**
     * {@code false} to report findings without ever failing the build (as {@code failOnSeverity} NONE; the name
     * maven-pmd-plugin and maven-checkstyle-plugin use). Misconfiguration still stops the build.
     */
    @Parameter(property = "flowguard.failOnViolation", defaultValue = "true")
    private String failOnViolation;

    /**
     * Findings accepted by {@code flowguard:baseline}: only findings not in it fail the build. Default:
     * {@code flowguard-baseline.json} in the project's folder or above it up to the reactor root, when present.
     */
    @Parameter(property = "flowguard.baselineFile")
    private String baselineFile;

    /** Comma-separated report formats: any of console, sarif, json, html, junit. */
    @Parameter(property = "flowguard.formats", defaultValue = "console,sarif,json")
    private String formats;

    /** Where report files are written; nothing is written anywhere else. */
    @Parameter(property = "flowguard.outputDirectory",
            defaultValue = "${project.build.directory}/flowguard")
    private File outputDirectory;

    /** {@code true} to show secret values in clear in messages and reports. Off: values show as their length only. */
    @Parameter(property = "flowguard.showSecrets", defaultValue = "false")
    private String showSecrets;

    /**
     * Where your team hosts flowguard's rule pages (docs/rules), for links in the reports: a base URL
     * ({@code FGnnn.md} is appended) or a pattern with {@code {rule}}. Without it reports link nowhere: each rule's
     * page travels in the SARIF report, and {@code mvn flowguard:explain -Drule=FGnnn} prints it.
     */
    @Parameter(property = "flowguard.docsUrl")
    private String docsUrl;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (fromCommandLine() && ProjectPaths.reactorProjects(session()).size() > 1) {
            checkReactor();
            return;
        }
        Settings settings = settings(injected()
                .set(Settings.Parameter.FAIL_ON_SEVERITY, failOnSeverity)
                .set(Settings.Parameter.FAIL_ON_VIOLATION, failOnViolation)
                .set(Settings.Parameter.BASELINE_FILE, baselineFile)
                .set(Settings.Parameter.FORMATS, formats)
                .set(Settings.Parameter.OUTPUT_DIRECTORY, outputDirectory == null ? null : outputDirectory.getPath())
                .set(Settings.Parameter.SHOW_SECRETS, showSecrets)
                .set(Settings.Parameter.DOCS_URL, docsUrl));
        ReactorCheck reactor = Reactors.of(session(), project(), "check", false, true);
        String module = ProjectPaths.name(project());
        CheckResult result;
        if (settings.flag(Settings.Parameter.SKIP)) {
            skipped(project());
            result = CheckResult.nothingToCheck();
        } else {
            result = check(project(), settings, reactor);
        }
        Optional<ReactorCheck.Outcome> reactorOutcome = Optional.empty();
        if (reactor != null) {
            try {
                reactorOutcome = reactor.add(module, result, new MavenCheckLog(getLog()));
            } catch (CheckException e) {
                throw ScanParameters.error(e);
            }
        }
        if (result.failed()) {
            throw new MojoFailureException(result.failureMessage());
        }
        if (reactorOutcome.isPresent() && reactorOutcome.get().verdict().flows() == 0 && reactorOutcome.get().failed()) {
            throw new MojoFailureException(reactorOutcome.get().message());
        }
    }

    /**
     * Typed at the root of a reactor: Maven runs the goal once, here, so it checks every project of the build, each
     * as its own pom configures it, and fails once, naming the modules that fail.
     */
    private void checkReactor() throws MojoExecutionException, MojoFailureException {
        ReactorCheck reactor = Reactors.create(session(), project(), "check", true, true);
        MavenCheckLog log = new MavenCheckLog(getLog());
        Optional<ReactorCheck.Outcome> outcome = Optional.empty();
        for (MavenProject each : ProjectPaths.reactorProjects(session())) {
            Settings settings = Settings.resolved(each, session(), configuration(each));
            CheckResult result;
            if (settings.flag(Settings.Parameter.SKIP)) {
                skipped(each);
                result = CheckResult.nothingToCheck();
            } else {
                result = check(each, settings, reactor);
            }
            try {
                outcome = reactor.add(each.getArtifactId(), result, log);
            } catch (CheckException e) {
                throw ScanParameters.error(e);
            }
        }
        if (outcome.isPresent() && outcome.get().failed()) {
            throw new MojoFailureException(outcome.get().message() + "; see the lines above and "
                    + reactor.reportFiles().stream().findFirst().map(java.nio.file.Path::toString).orElse("each module's reports"));
        }
    }

    private CheckResult check(MavenProject of, Settings settings, ReactorCheck reactor) throws MojoExecutionException {
        try {
            return new CheckExecutor(RuleRegistry.builtIn()).check(ScanParameters.request(of, session(), settings)
                    .formats(settings.text(Settings.Parameter.FORMATS))
                    .outputDirectory(ScanParameters.outputDirectory(of, settings.text(Settings.Parameter.OUTPUT_DIRECTORY)))
                    // the reactor root's reports are the reactor's, which hold its own findings too
                    .writeReports(reactor == null || of != ProjectPaths.executionRoot(session()))
                    .build(), new MavenCheckLog(getLog()), reactor);
        } catch (CheckException e) {
            throw ScanParameters.error(e);
        }
    }
}
