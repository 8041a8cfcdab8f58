package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckRequest;
import dev.flowguard.maven.Settings.Parameter;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Settings into a request, and a check that could not run into a build error: shared by every goal that scans,
 * for the project Maven runs it in and for each module a goal at the reactor root checks itself.
 */
final class ScanParameters {

    private ScanParameters() {
    }

    /** The request every goal starts from; each adds its own parameters. */
    static CheckRequest.Builder request(MavenProject project, MavenSession session, Settings settings)
            throws MojoExecutionException {
        String failOnSeverity = settings.text(Parameter.FAIL_ON_SEVERITY);
        if (!settings.flag(Parameter.FAIL_ON_VIOLATION)) {
            // as maven-pmd-plugin's and maven-checkstyle-plugin's failOnViolation=false: report, never fail
            failOnSeverity = "NONE";
        }
        return CheckRequest.builder(ProjectPaths.basedir(project))
                .project(ProjectPaths.name(project))
                .solutions(settings.list(Parameter.SOLUTIONS))
                .projectArtifacts(ProjectPaths.solutionArtifacts(project))
                .modules(ProjectPaths.moduleFolders(project))
                .includes(settings.list(Parameter.INCLUDES))
                .excludes(settings.list(Parameter.EXCLUDES))
                .rules(settings.rules())
                .failOnSeverity(failOnSeverity)
                .failIfNoFlows(settings.flag(Parameter.FAIL_IF_NO_FLOWS))
                .suppressionsFile(path(settings.text(Parameter.SUPPRESSIONS_FILE)))
                .baselineFile(path(settings.text(Parameter.BASELINE_FILE)))
                .showSecrets(settings.flag(Parameter.SHOW_SECRETS))
                .docsUrl(settings.text(Parameter.DOCS_URL))
                .reactorRoot(ProjectPaths.reactorRoot(project, session))
                .module(ProjectPaths.isModule(project, session))
                .command(ProjectPaths.command(project));
    }

    /** Misconfiguration gets no stack trace: the message says all there is; an I/O error keeps its cause for -e. */
    static MojoExecutionException error(CheckException e) {
        String message = "flowguard: " + e.getMessage();
        return e.kind() == CheckException.Kind.IO ? new MojoExecutionException(message, e.getCause())
                : new MojoExecutionException(message);
    }

    /** The project's report folder: the setting, or {@code ./target/flowguard} where Maven left it uninterpolated. */
    static Path outputDirectory(MavenProject project, String configured) {
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            return ProjectPaths.basedir(project).resolve("target").resolve("flowguard");
        }
        Path path = Path.of(configured);
        return path.isAbsolute() ? path : ProjectPaths.basedir(project).resolve(path);
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }
}
