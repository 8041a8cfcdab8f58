package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckRequest;
import dev.flowguard.check.RuleChoice;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Parameters into a request, and a check that could not run into a build error: shared by the goals that
 * extend {@link AbstractScanMojo} and by the site report, which must extend Maven's report base class.
 */
final class ScanParameters {

    private ScanParameters() {
    }

    static CheckRequest.Builder request(MavenProject project, String[] solutions, String[] includes, String[] excludes,
            List<RuleConfig> rules, boolean failIfNoFlows, File suppressionsFile) {
        return CheckRequest.builder(ProjectPaths.basedir(project))
                .project(ProjectPaths.name(project))
                .solutions(list(solutions))
                .projectArtifacts(ProjectPaths.solutionArtifacts(project))
                .modules(ProjectPaths.moduleFolders(project))
                .includes(list(includes))
                .excludes(list(excludes))
                .rules(rules == null ? List.of()
                        : rules.stream().map(r -> new RuleChoice(r.getId(), r.getSeverity(), r.getEnabled())).toList())
                .failIfNoFlows(failIfNoFlows)
                .suppressionsFile(suppressionsFile == null ? null : suppressionsFile.toPath());
    }

    /** Misconfiguration gets no stack trace: the message says all there is; an I/O error keeps its cause for -e. */
    static MojoExecutionException error(CheckException e) {
        String message = "flowguard: " + e.getMessage();
        return e.kind() == CheckException.Kind.IO ? new MojoExecutionException(message, e.getCause())
                : new MojoExecutionException(message);
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
