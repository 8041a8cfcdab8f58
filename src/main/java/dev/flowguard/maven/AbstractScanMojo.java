package dev.flowguard.maven;

import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.suppress.Suppressions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code baseline} share: the parameters that decide what is scanned and which findings
 * count, and turning them into a scan request. Every misconfiguration becomes a {@link MojoExecutionException}.
 */
abstract class AbstractScanMojo extends AbstractMojo {

    /** Skip the goal. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Solution zips, unpacked solution folders, flow folders or files, deployment settings files to scan.
     * Default: the project's own solution artifacts plus every solution found under the base directory.
     */
    @Parameter(property = "flowguard.solutions")
    private File[] solutions;

    /** Per-rule severity and enablement: {@code <rule><id>FG204</id><severity>HIGH</severity></rule>}. */
    @Parameter
    private List<RuleConfig> rules;

    /**
     * Accepted findings with a reason and an optional expiry date. Default: {@code flowguard-suppressions.xml}
     * in the base directory, when present.
     */
    @Parameter(property = "flowguard.suppressionsFile")
    private File suppressionsFile;

    /** Fail when no cloud flow was found: a scanner that saw nothing must not pass silently. */
    @Parameter(property = "flowguard.failIfNoFlows", defaultValue = "true")
    private boolean failIfNoFlows;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flowguard: skipped (flowguard.skip)");
            return;
        }
        run(RuleRegistry.builtIn());
    }

    /** The goal itself, once it is known not to be skipped. */
    abstract void run(RuleRegistry registry) throws MojoExecutionException, MojoFailureException;

    final ScanRequest scanRequest(RuleRegistry registry, boolean showSecrets) throws MojoExecutionException {
        try {
            return CheckRequestBuilder.request(
                    CheckRequestBuilder.inputs(solutions, ProjectPaths.solutionArtifacts(project), basedir()),
                    showSecrets, CheckRequestBuilder.ruleSettings(rules, registry));
        } catch (IllegalArgumentException e) {
            throw misconfigured(e);
        } catch (IOException e) {
            throw new MojoExecutionException("flowguard: cannot search " + basedir() + " for solutions: " + e.getMessage(), e);
        }
    }

    /** @param baselineFile the baseline to apply, or null to apply none */
    final Suppressions suppressions(File baselineFile, boolean applyBaseline) throws MojoExecutionException {
        try {
            return SuppressionFiles.load(suppressionsFile, baselineFile, basedir(), applyBaseline);
        } catch (IllegalArgumentException e) {
            throw misconfigured(e);
        }
    }

    static MojoExecutionException misconfigured(IllegalArgumentException e) {
        return new MojoExecutionException("flowguard: " + e.getMessage());
    }

    final boolean failIfNoFlows() {
        return failIfNoFlows;
    }

    final Path basedir() {
        return ProjectPaths.basedir(project);
    }
}
