package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters {@code check} and {@code baseline} share: what is scanned and which findings count. They
 * become a {@link CheckRequest}; the checking itself happens in {@link dev.flowguard.check.CheckExecutor}.
 */
abstract class AbstractScanMojo extends AbstractMojo {

    /** Skip the goal. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Solution zips, unpacked solution folders, flow folders or files, deployment settings files to scan;
     * comma-separated on the command line. A path that does not exist stops the build. Default: the project's own
     * solution artifacts plus every solution found under its base directory, leaving out its modules' folders and
     * build output and tool folders (bin, obj, target, out, node_modules, .git, ...).
     */
    @Parameter(property = "flowguard.solutions")
    private String[] solutions;

    /**
     * Where to look for solutions when they are found rather than named: patterns relative to the base directory,
     * such as {@code src/**}. Default: everywhere.
     */
    @Parameter(property = "flowguard.includes")
    private String[] includes;

    /**
     * Paths to leave out when solutions are found rather than named, besides build output and tool folders:
     * patterns relative to the base directory, such as {@code **}{@code /legacy/**}.
     */
    @Parameter(property = "flowguard.excludes")
    private String[] excludes;

    /** Per-rule severity and on/off: {@code <rule><id>FG204</id><severity>HIGH</severity></rule>}. */
    @Parameter
    private List<RuleConfig> rules;

    /**
     * Findings accepted with a reason and an optional expiry date. Default: {@code flowguard-suppressions.xml}
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
        run();
    }

    /** The goal itself, once it is known not to be skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The request every goal starts from; each goal adds its own parameters. */
    final CheckRequest.Builder request() {
        return ScanParameters.request(project, solutions, includes, excludes, rules, failIfNoFlows, suppressionsFile);
    }

    /** A check that could not run is a build error, not a build failure: nothing was found wrong with the flows. */
    static MojoExecutionException error(CheckException e) {
        return ScanParameters.error(e);
    }

    final MavenProject project() {
        return project;
    }
}
