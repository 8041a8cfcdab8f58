package dev.flowguard.check;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one check needs, decided before it starts, as the user wrote it: the executor validates it, so
 * every front end (the Maven goals, tests) reports a misconfiguration in the same words.
 *
 * @param basedir the project's folder: relative paths are resolved against it, and discovery searches it
 * @param project how log lines and reports name the project (the module's artifactId), or null outside a project
 * @param solutions the artifacts the user named (paths, relative to {@code basedir} or absolute); empty to discover them
 * @param projectArtifacts artifacts the build produced (a solution zip), always scanned when discovering
 * @param modules folders of the project's modules, which discovery leaves to them
 * @param includes patterns discovery keeps to; empty for everything
 * @param excludes patterns discovery leaves out, besides build output and tool folders
 * @param rules per-rule choices
 * @param failOnSeverity the lowest level that fails, or {@code NONE}
 * @param failIfNoFlows whether seeing no cloud flow fails the check
 * @param suppressionsFile the named suppressions file, or null for {@code flowguard-suppressions.xml} if present
 * @param baselineFile the named baseline file, or null for {@code flowguard-baseline.json} if present
 * @param formats comma-separated report formats
 * @param outputDirectory where report files go
 * @param showSecrets whether secret values show in clear
 * @param now the time of the check: expiry of suppressions, the time reports show
 * @param reactorRoot the folder of the reactor's root project (the repository's top-level pom), where the shared
 *     suppressions file and baseline are found, and from which reports name them; {@code basedir} for a single project
 * @param module true for one module of a multi-module build: finding no solution of its own is then not a failure
 * @param docsUrl where the team hosts the rule pages, or null: reports then link nowhere and name
 *     {@code flowguard:explain} instead
 * @param command how the log writes a command of this plugin, {@code mvn flowguard:} or the full coordinates
 * @param forSite true for the site page: the verdict is computed and nothing is logged as failing
 * @param writeReports false when the project's reports are written for the whole reactor instead
 */
public record CheckRequest(
        Path basedir,
        String project,
        List<String> solutions,
        List<Path> projectArtifacts,
        List<Path> modules,
        List<String> includes,
        List<String> excludes,
        List<RuleChoice> rules,
        String failOnSeverity,
        boolean failIfNoFlows,
        Path suppressionsFile,
        Path baselineFile,
        String formats,
        Path outputDirectory,
        boolean showSecrets,
        Instant now,
        Path reactorRoot,
        boolean module,
        String docsUrl,
        String command,
        boolean forSite,
        boolean writeReports) {

    public CheckRequest {
        Objects.requireNonNull(basedir, "basedir");
        solutions = List.copyOf(solutions);
        projectArtifacts = List.copyOf(projectArtifacts);
        modules = List.copyOf(modules);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        rules = List.copyOf(rules);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(now, "now");
        reactorRoot = reactorRoot == null ? basedir : reactorRoot.toAbsolutePath().normalize();
    }

    /** Whether the project sits below a reactor root it shares with other modules. */
    public boolean inReactor() {
        return module || !reactorRoot.equals(basedir);
    }

    public static Builder builder(Path basedir) {
        return new Builder(basedir);
    }

    /** Defaults as documented: discover, fail at HIGH, console, SARIF and JSON into {@code target/flowguard}. */
    public static final class Builder {

        private final Path basedir;
        private String project;
        private List<String> solutions = List.of();
        private List<Path> projectArtifacts = List.of();
        private List<Path> modules = List.of();
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private List<RuleChoice> rules = List.of();
        private String failOnSeverity = "HIGH";
        private boolean failIfNoFlows = true;
        private Path suppressionsFile;
        private Path baselineFile;
        private String formats = "console,sarif,json";
        private Path outputDirectory;
        private boolean showSecrets;
        private Instant now;
        private Path reactorRoot;
        private boolean module;
        private String docsUrl;
        private String command;
        private boolean forSite;
        private boolean writeReports = true;

        private Builder(Path basedir) {
            this.basedir = basedir.toAbsolutePath().normalize();
        }

        public Builder project(String value) {
            project = value;
            return this;
        }

        public Builder solutions(List<String> value) {
            solutions = value == null ? List.of() : value;
            return this;
        }

        public Builder projectArtifacts(List<Path> value) {
            projectArtifacts = value == null ? List.of() : value;
            return this;
        }

        public Builder modules(List<Path> value) {
            modules = value == null ? List.of() : value;
            return this;
        }

        public Builder includes(List<String> value) {
            includes = value == null ? List.of() : value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value == null ? List.of() : value;
            return this;
        }

        public Builder rules(List<RuleChoice> value) {
            rules = value == null ? List.of() : value;
            return this;
        }

        public Builder failOnSeverity(String value) {
            failOnSeverity = value;
            return this;
        }

        public Builder failIfNoFlows(boolean value) {
            failIfNoFlows = value;
            return this;
        }

        public Builder suppressionsFile(Path value) {
            suppressionsFile = value;
            return this;
        }

        public Builder baselineFile(Path value) {
            baselineFile = value;
            return this;
        }

        public Builder formats(String value) {
            formats = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder showSecrets(boolean value) {
            showSecrets = value;
            return this;
        }

        public Builder now(Instant value) {
            now = value;
            return this;
        }

        public Builder reactorRoot(Path value) {
            reactorRoot = value;
            return this;
        }

        public Builder module(boolean value) {
            module = value;
            return this;
        }

        public Builder docsUrl(String value) {
            docsUrl = value;
            return this;
        }

        public Builder command(String value) {
            command = value;
            return this;
        }

        public Builder forSite(boolean value) {
            forSite = value;
            return this;
        }

        public Builder writeReports(boolean value) {
            writeReports = value;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(basedir, project, solutions, projectArtifacts, modules, includes, excludes, rules,
                    failOnSeverity, failIfNoFlows, suppressionsFile, baselineFile, formats,
                    outputDirectory == null ? basedir.resolve("target").resolve("flowguard") : outputDirectory,
                    showSecrets, now == null ? Instant.now() : now, reactorRoot, module, docsUrl, command, forSite,
                    writeReports);
        }
    }
}
