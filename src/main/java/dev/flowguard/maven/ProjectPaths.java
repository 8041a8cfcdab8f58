package dev.flowguard.maven;

import dev.flowguard.about.About;
import dev.flowguard.report.RuleHelp;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** What a goal needs to know of the project and its reactor, with or without one ({@code requiresProject = false}). */
final class ProjectPaths {

    /** The artifactId Maven gives the project it makes up when run outside one. */
    private static final String STANDALONE = "standalone-pom";

    private ProjectPaths() {
    }

    static Path basedir(MavenProject project) {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath().toAbsolutePath().normalize();
        }
        return Path.of("").toAbsolutePath();
    }

    /** How log lines name the project: its artifactId, or nothing outside a real project. */
    static String name(MavenProject project) {
        if (isStandalone(project)) {
            return null;
        }
        return project.getArtifactId();
    }

    static boolean isStandalone(MavenProject project) {
        return project == null || project.getArtifactId() == null || STANDALONE.equals(project.getArtifactId());
    }

    /**
     * How the log writes a command of this plugin so that it works as printed: {@code mvn flowguard:} where the pom
     * declares the plugin (Maven resolves the prefix from it), the full coordinates elsewhere (outside any project,
     * or in one that runs the goal by its coordinates).
     */
    static String command(MavenProject project) {
        return declaresPlugin(project) ? RuleHelp.PREFIX_COMMAND
                : "mvn dev.flowguard:flowguard-maven-plugin:" + About.version() + ":";
    }

    private static boolean declaresPlugin(MavenProject project) {
        if (isStandalone(project) || project.getBuild() == null) {
            return false;
        }
        if (project.getBuild().getPluginsAsMap().containsKey(PluginConfiguration.KEY)) {
            return true;
        }
        return project.getBuild().getPluginManagement() != null
                && project.getBuild().getPluginManagement().getPluginsAsMap().containsKey(PluginConfiguration.KEY);
    }

    /**
     * The reactor root: the highest folder above (or at) the project's that is the folder of one of its parent
     * projects (a parent from a repository is not above it) or of the project Maven was started in. Found from the
     * project's parents, it stays the same whether Maven runs at the root or in a module's folder.
     */
    static Path reactorRoot(MavenProject project, MavenSession session) {
        Path basedir = basedir(project);
        Path root = basedir;
        List<Path> candidates = new ArrayList<>();
        for (MavenProject parent = project == null ? null : project.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getBasedir() != null) {
                candidates.add(parent.getBasedir().toPath());
            }
        }
        MavenProject top = session == null ? null : session.getTopLevelProject();
        if (top != null && top.getBasedir() != null) {
            candidates.add(top.getBasedir().toPath());
        }
        for (Path candidate : candidates) {
            Path folder = candidate.toAbsolutePath().normalize();
            if (basedir.startsWith(folder) && folder.getNameCount() < root.getNameCount()) {
                root = folder;
            }
        }
        return root;
    }

    /** Whether the project is one module of a multi-module build, built alone or with the others. */
    static boolean isModule(MavenProject project, MavenSession session) {
        return reactorProjects(session).size() > 1 || !reactorRoot(project, session).equals(basedir(project));
    }

    /** The projects of this build, in build order; empty without a session. */
    static List<MavenProject> reactorProjects(MavenSession session) {
        List<MavenProject> projects = session == null ? null : session.getProjects();
        return projects == null ? List.of() : projects;
    }

    /** Whether the build holds every project of the reactor (no {@code -pl} left some out). */
    static boolean wholeReactor(MavenSession session) {
        List<MavenProject> all;
        try {
            all = session == null ? null : session.getAllProjects();
        } catch (NoSuchMethodError olderMaven) {
            all = null;
        }
        return all == null || all.size() <= reactorProjects(session).size();
    }

    /**
     * The project Maven was started in (the reactor root, whose {@code target/flowguard} gets the reactor's reports),
     * also when {@code -pl} left it out of the build; null without one.
     */
    static MavenProject executionRoot(MavenSession session) {
        List<MavenProject> all;
        try {
            all = session == null ? null : session.getAllProjects();
        } catch (NoSuchMethodError olderMaven) {
            all = null;
        }
        for (List<MavenProject> projects : List.of(reactorProjects(session), all == null ? List.<MavenProject>of() : all)) {
            for (MavenProject project : projects) {
                if (project.isExecutionRoot()) {
                    return project;
                }
            }
        }
        return null;
    }

    /** The folders of the project's modules: {@code <module>hr</module>} or {@code <module>../hr/pom.xml</module>}. */
    static List<Path> moduleFolders(MavenProject project) {
        List<Path> folders = new ArrayList<>();
        if (project == null || project.getModules() == null || project.getBasedir() == null) {
            return folders;
        }
        Path basedir = project.getBasedir().toPath();
        for (String module : project.getModules()) {
            Path path = basedir.resolve(module.strip()).normalize();
            folders.add(Files.isRegularFile(path) ? path.getParent() : path);
        }
        return folders;
    }

    /** The project's main and attached artifacts that are files already built (a solution zip, say). */
    static List<Path> solutionArtifacts(MavenProject project) {
        List<Path> files = new ArrayList<>();
        if (project == null) {
            return files;
        }
        List<Artifact> artifacts = new ArrayList<>();
        if (project.getArtifact() != null) {
            artifacts.add(project.getArtifact());
        }
        if (project.getAttachedArtifacts() != null) {
            artifacts.addAll(project.getAttachedArtifacts());
        }
        for (Artifact artifact : artifacts) {
            File file = artifact.getFile();
            if (file != null && file.isFile() && file.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                files.add(file.toPath());
            }
        }
        return files;
    }
}
