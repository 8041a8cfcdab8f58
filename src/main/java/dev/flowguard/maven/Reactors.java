package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.ReactorCheck;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.maven.Settings.Parameter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The {@link ReactorCheck} of each build, shared by the goal's executions in every module (a parallel build runs
 * them on several threads, each with its own copy of the session but the same request).
 */
final class Reactors {

    private static final Map<Object, Map<String, ReactorCheck>> BY_BUILD = new WeakHashMap<>();

    private Reactors() {
    }

    /**
     * The reactor of this build for {@code goal}, or null for a build of one project.
     *
     * @param everyProject true when every project of the build runs the goal (it was typed on the command line);
     *     else those whose pom binds it
     * @param withReports whether the reactor root gets the reactor's reports
     */
    static ReactorCheck of(MavenSession session, MavenProject current, String goal, boolean everyProject,
            boolean withReports) throws MojoExecutionException {
        if (ProjectPaths.reactorProjects(session).size() < 2 || session.getRequest() == null) {
            return null;
        }
        synchronized (BY_BUILD) {
            Map<String, ReactorCheck> goals = BY_BUILD.computeIfAbsent(session.getRequest(), r -> new HashMap<>());
            ReactorCheck reactor = goals.get(goal);
            if (reactor == null) {
                reactor = create(session, current, goal, everyProject, withReports);
                goals.put(goal, reactor);
            }
            return reactor;
        }
    }

    /** A reactor for one execution that checks every project itself (the goal typed at the root). */
    static ReactorCheck create(MavenSession session, MavenProject current, String goal, boolean everyProject,
            boolean withReports) throws MojoExecutionException {
        Set<String> expected = new LinkedHashSet<>();
        for (MavenProject project : ProjectPaths.reactorProjects(session)) {
            if (everyProject || project == current || PluginConfiguration.bindsGoal(project, goal)) {
                expected.add(project.getArtifactId());
            }
        }
        MavenProject root = ProjectPaths.executionRoot(session);
        Settings rootSettings = root == null ? null : Settings.resolved(root, session,
                PluginConfiguration.of(root, PluginConfiguration.Reader.COMMAND_LINE, "default-cli"));
        Path output = withReports && root != null
                ? ScanParameters.outputDirectory(root, rootSettings.text(Parameter.OUTPUT_DIRECTORY)) : null;
        try {
            return ReactorCheck.of(root == null ? null : root.getArtifactId(), output,
                    rootSettings == null ? "" : rootSettings.text(Parameter.FORMATS), List.copyOf(expected),
                    ProjectPaths.wholeReactor(session),
                    rootSettings == null || rootSettings.flag(Parameter.FAIL_IF_NO_FLOWS), RuleRegistry.builtIn());
        } catch (CheckException e) {
            throw ScanParameters.error(e);
        }
    }
}
