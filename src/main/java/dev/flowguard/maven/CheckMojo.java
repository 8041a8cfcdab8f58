package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.check.CheckResult;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every cloud flow of the project's Power Platform solutions for leaked secrets, secrets exposed in run
 * history and HTTP triggers anyone can call, and fails the build on findings at or above
 * {@code failOnSeverity}. Each finding is one log line naming the file, line and action; the reports go to
 * {@code outputDirectory}. A mistake in the configuration stops the build as an error.
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
    void run() throws MojoExecutionException, MojoFailureException {
        CheckResult result;
        try {
            result = new CheckExecutor(RuleRegistry.builtIn()).check(request()
                    .failOnSeverity(failOnSeverity)
                    .baselineFile(baselineFile == null ? null : baselineFile.toPath())
                    .formats(formats)
                    .outputDirectory(reportDirectory())
                    .showSecrets(showSecrets)
                    .build(), new MavenCheckLog(getLog()));
        } catch (CheckException e) {
            throw error(e);
        }
        if (result.failed()) {
            throw new MojoFailureException(result.failureMessage());
        }
    }

    /** Outside a project Maven leaves {@code ${project.build.directory}} uninterpolated: use ./target/flowguard. */
    private Path reportDirectory() {
        if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
            return ProjectPaths.basedir(project()).resolve("target").resolve("flowguard");
        }
        return outputDirectory.toPath();
    }
}
