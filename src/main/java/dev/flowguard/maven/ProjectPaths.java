package dev.flowguard.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** What a goal needs to know of the project, with or without one ({@code requiresProject = false}). */
final class ProjectPaths {

    /** The artifactId Maven gives the project it makes up when run outside one. */
    private static final String STANDALONE = "standalone-pom";

    private ProjectPaths() {
    }

    static Path basedir(MavenProject project) {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of("").toAbsolutePath();
    }

    /** How log lines name the project: its artifactId, or nothing outside a real project. */
    static String name(MavenProject project) {
        if (project == null || project.getArtifactId() == null || STANDALONE.equals(project.getArtifactId())) {
            return null;
        }
        return project.getArtifactId();
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
        artifacts.addAll(project.getAttachedArtifacts());
        for (Artifact artifact : artifacts) {
            File file = artifact.getFile();
            if (file != null && file.isFile() && file.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                files.add(file.toPath());
            }
        }
        return files;
    }
}
