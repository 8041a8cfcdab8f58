package dev.flowguard.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** Where a goal looks, with or without a project ({@code requiresProject = false}). */
final class ProjectPaths {

    private ProjectPaths() {
    }

    static Path basedir(MavenProject project) {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of("").toAbsolutePath();
    }

    /** The project's main and attached artifacts that are files already built (a solution zip, say). */
    static List<File> solutionArtifacts(MavenProject project) {
        List<File> files = new ArrayList<>();
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
                files.add(file);
            }
        }
        return files;
    }
}
