package dev.flowguard.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters {@code check} and {@code baseline} share: what is scanned and which findings count. They become a
 * {@link Settings} (completed from the parts of the POM Maven does not give the goal), then a
 * {@link dev.flowguard.check.CheckRequest}; the checking itself happens in {@link dev.flowguard.check.CheckExecutor}.
 */
abstract class AbstractScanMojo extends AbstractMojo {

    /** Skip the goal: {@code true} or {@code false}. In a module without solutions, {@code <flowguard.skip>true</flowguard.skip>} in its properties. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private String skip;

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

    /**
     * Per-rule severity and on/off: {@code <rule><id>FG204</id><severity>HIGH</severity><enabled>true</enabled></rule>};
     * {@code enabled} is {@code true} or {@code false}, anything else stops the build.
     */
    @Parameter
    private List<RuleConfig> rules;

    /**
     * Findings accepted with a reason and an optional expiry date. Default: {@code flowguard-suppressions.xml} in the
     * project's folder or above it up to the reactor root, when present. A relative path is looked for the same way.
     */
    @Parameter(property = "flowguard.suppressionsFile")
    private String suppressionsFile;

    /**
     * Fail when no cloud flow was found, {@code true} or {@code false}: a scanner that saw nothing must not pass
     * silently. A module of a multi-module build that has no solution passes with one line instead.
     */
    @Parameter(property = "flowguard.failIfNoFlows", defaultValue = "true")
    private String failIfNoFlows;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** The shared parameters as Maven injected them; each goal adds its own. */
    final Settings.Builder injected() {
        return Settings.injected()
                .set(Settings.Parameter.SKIP, skip)
                .set(Settings.Parameter.SOLUTIONS, solutions)
                .set(Settings.Parameter.INCLUDES, includes)
                .set(Settings.Parameter.EXCLUDES, excludes)
                .rules(rules)
                .set(Settings.Parameter.SUPPRESSIONS_FILE, suppressionsFile)
                .set(Settings.Parameter.FAIL_IF_NO_FLOWS, failIfNoFlows);
    }

    /** The injected settings, completed from the parts of the POM Maven does not give this goal. */
    final Settings settings(Settings.Builder injected) {
        return injected.build().completedFrom(configuration(project));
    }

    /** The configuration of a project as this goal, run the way it was, reads it. */
    final PluginConfiguration configuration(MavenProject of) {
        if (mojoExecution == null || mojoExecution.getSource() == null) {
            return PluginConfiguration.none();
        }
        return mojoExecution.getSource() == MojoExecution.Source.CLI
                ? PluginConfiguration.of(of, PluginConfiguration.Reader.COMMAND_LINE, "default-cli")
                : PluginConfiguration.of(of, PluginConfiguration.Reader.EXECUTION, mojoExecution.getExecutionId());
    }

    /** Whether the goal was typed on the command line, where Maven runs it in every project of the build. */
    final boolean fromCommandLine() {
        return mojoExecution != null && mojoExecution.getSource() == MojoExecution.Source.CLI;
    }

    final void skipped(MavenProject of) {
        getLog().info(dev.flowguard.about.About.logPrefix(ProjectPaths.name(of)) + ": skipped (flowguard.skip)");
    }

    final MavenProject project() {
        return project;
    }

    final MavenSession session() {
        return session;
    }
}
