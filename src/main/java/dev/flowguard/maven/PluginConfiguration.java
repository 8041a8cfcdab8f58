package dev.flowguard.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * flowguard's {@code <configuration>} in a project's (effective, interpolated) POM, wherever it is written: the
 * plugin under {@code <build><plugins>} (or only under {@code <pluginManagement>}), one of its
 * {@code <executions>}, or under {@code <reporting>}. Maven gives each goal only the part it reads itself (a site
 * report never sees {@code <build>}); the goals read the other parts through this, so {@code check}, {@code report}
 * and {@code baseline} judge alike whichever part the team wrote. The goal's own part wins; then, in order:
 * the build plugin's configuration, the configuration of the execution that runs {@code check}, the reporting
 * plugin's.
 */
final class PluginConfiguration {

    static final String KEY = "dev.flowguard:flowguard-maven-plugin";

    /** Which goal reads, and so which part of the POM Maven already gave it. */
    enum Reader {
        /** A goal bound to the lifecycle, in the execution of that id. */
        EXECUTION,
        /** A goal typed on the command line: Maven gives it the plugin's configuration and {@code default-cli}'s. */
        COMMAND_LINE,
        /** The site report: Maven gives it {@code <reporting>} only. */
        REPORT
    }

    private final List<Xpp3Dom> own;
    private final List<Xpp3Dom> others;

    private PluginConfiguration(List<Xpp3Dom> own, List<Xpp3Dom> others) {
        this.own = own;
        this.others = others;
    }

    static PluginConfiguration none() {
        return new PluginConfiguration(List.of(), List.of());
    }

    /**
     * @param executionId the id of the execution running, for {@link Reader#EXECUTION}
     */
    static PluginConfiguration of(MavenProject project, Reader reader, String executionId) {
        if (project == null || project.getModel() == null) {
            return none();
        }
        Plugin build = buildPlugin(project);
        Xpp3Dom plugin = build == null ? null : dom(build.getConfiguration());
        Xpp3Dom checkExecution = null;
        Xpp3Dom thisExecution = null;
        if (build != null) {
            for (PluginExecution execution : build.getExecutions()) {
                if (checkExecution == null && execution.getGoals() != null && execution.getGoals().contains("check")) {
                    checkExecution = dom(execution.getConfiguration());
                }
                if (execution.getId() != null && execution.getId().equals(executionId)) {
                    thisExecution = dom(execution.getConfiguration());
                }
            }
        }
        ReportPlugin report = reportPlugin(project);
        Xpp3Dom reporting = report == null ? null : dom(report.getConfiguration());
        Xpp3Dom reportSet = null;
        if (report != null) {
            for (ReportSet set : report.getReportSets()) {
                if (set.getReports() == null || set.getReports().isEmpty() || set.getReports().contains("report")) {
                    reportSet = dom(set.getConfiguration());
                    break;
                }
            }
        }
        List<Xpp3Dom> own = new ArrayList<>();
        List<Xpp3Dom> others = new ArrayList<>();
        switch (reader) {
            case EXECUTION -> {
                add(own, thisExecution, plugin);
                add(others, reportSet, reporting);
            }
            case COMMAND_LINE -> {
                add(own, thisExecution, plugin);
                add(others, checkExecution, reportSet, reporting);
            }
            case REPORT -> {
                add(own, reportSet, reporting);
                add(others, plugin, checkExecution);
            }
            default -> throw new IllegalStateException(reader.name());
        }
        return new PluginConfiguration(List.copyOf(own), List.copyOf(others));
    }

    /** Whether a parameter is set where Maven itself would have read it for this goal. */
    boolean ownSets(String parameter) {
        return find(own, parameter).isPresent();
    }

    /** The parameter as another part of the POM sets it. */
    Optional<Xpp3Dom> other(String parameter) {
        return find(others, parameter);
    }

    /** The parameter wherever it is set, the goal's own part first. */
    Optional<Xpp3Dom> any(String parameter) {
        Optional<Xpp3Dom> own = find(this.own, parameter);
        return own.isPresent() ? own : other(parameter);
    }

    /** Whether the project's build binds {@code goal} to its lifecycle. */
    static boolean bindsGoal(MavenProject project, String goal) {
        Plugin build = project == null || project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(KEY);
        if (build == null) {
            return false;
        }
        for (PluginExecution execution : build.getExecutions()) {
            if (execution.getGoals() != null && execution.getGoals().contains(goal)) {
                return true;
            }
        }
        return false;
    }

    private static Plugin buildPlugin(MavenProject project) {
        if (project.getBuild() == null) {
            return null;
        }
        Plugin plugin = project.getBuild().getPluginsAsMap().get(KEY);
        if (plugin == null && project.getBuild().getPluginManagement() != null) {
            // a goal typed on the command line reads <pluginManagement> too
            plugin = project.getBuild().getPluginManagement().getPluginsAsMap().get(KEY);
        }
        return plugin;
    }

    private static ReportPlugin reportPlugin(MavenProject project) {
        Reporting reporting = project.getModel().getReporting();
        if (reporting == null) {
            return null;
        }
        for (ReportPlugin plugin : reporting.getPlugins()) {
            if (KEY.equals(plugin.getKey())) {
                return plugin;
            }
        }
        return null;
    }

    private static Optional<Xpp3Dom> find(List<Xpp3Dom> parts, String parameter) {
        for (Xpp3Dom part : parts) {
            Xpp3Dom child = part.getChild(parameter);
            if (child != null) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private static void add(List<Xpp3Dom> parts, Xpp3Dom... doms) {
        for (Xpp3Dom dom : doms) {
            if (dom != null) {
                parts.add(dom);
            }
        }
    }

    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom dom ? dom : null;
    }
}
