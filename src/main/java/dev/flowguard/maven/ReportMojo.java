package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.check.CheckResult;
import dev.flowguard.report.HtmlReport;
import dev.flowguard.report.ReactorVerdict;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The flowguard page of {@code mvn site}: the same check as {@code check}, with the same configuration wherever it is
 * written ({@code <build>} or {@code <reporting>}), shown as a page for reviewers (counts, how to fix each rule,
 * the findings that fail the build first, suppressed findings with their reasons). At a parent it shows the
 * reactor: every module's counts with a link to its page, and every module's findings. It never fails the build;
 * {@code check} does that. Add it to the pom's {@code <reporting>} section; {@code mvn flowguard:report} alone
 * writes the same as one HTML file and says where.
 */
// a MavenMultiPageReport rather than an AbstractMavenReport: an older site plugin (Maven 3.8's default 3.3) cannot
// even load the latter (its fields need Doxia 2 site classes) and fails with 600 lines and a stack trace; this class
// only needs the Sink every site plugin shares, and renders under 3.3 as under 3.21
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenMultiPageReport {

    /** The site plugin version the documentation and the tests pin. */
    static final String SITE_PLUGIN = "3.21.0";

    /** Skip the report: {@code true} or {@code false}. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private String skip;

    /** As for {@code check}: the solutions to scan; default, those of the project and under its base directory. */
    @Parameter(property = "flowguard.solutions")
    private String[] solutions;

    /** As for {@code check}: patterns of where to look for solutions. */
    @Parameter(property = "flowguard.includes")
    private String[] includes;

    /** As for {@code check}: patterns of paths to leave out. */
    @Parameter(property = "flowguard.excludes")
    private String[] excludes;

    /** As for {@code check}: per-rule severity and on/off. */
    @Parameter
    private List<RuleConfig> rules;

    /** As for {@code check}: accepted findings with a reason. */
    @Parameter(property = "flowguard.suppressionsFile")
    private String suppressionsFile;

    /** As for {@code check}: findings accepted by {@code flowguard:baseline}. */
    @Parameter(property = "flowguard.baselineFile")
    private String baselineFile;

    /** The level the page marks as failing the build, as {@code check} would. */
    @Parameter(property = "flowguard.failOnSeverity", defaultValue = "HIGH")
    private String failOnSeverity;

    /** As for {@code check}: {@code false} and findings never fail the build. */
    @Parameter(property = "flowguard.failOnViolation", defaultValue = "true")
    private String failOnViolation;

    /** As for {@code check}: whether finding no cloud flow fails it. */
    @Parameter(property = "flowguard.failIfNoFlows", defaultValue = "true")
    private String failIfNoFlows;

    /** Show secret values in clear on the page. Off: values show as their length only. */
    @Parameter(property = "flowguard.showSecrets", defaultValue = "false")
    private String showSecrets;

    /** As for {@code check}: where your team hosts the rule pages, for links; without it the page links nowhere. */
    @Parameter(property = "flowguard.docsUrl")
    private String docsUrl;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    private List<MavenProject> reactorProjects;

    /** Where {@code mvn flowguard:report} writes its page. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    private File reportingDirectory;

    private File reportOutputDirectory;

    /** Deprecated for getOutputPath(), whose default is built from it; older site plugins call only this. */
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return "flowguard";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "flowguard";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Leaked secrets, secrets exposed in run history and open HTTP triggers in the project's Power Automate "
                + "cloud flows, found by flowguard.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : reportingDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        try {
            return !settings(project).flag(Settings.Parameter.SKIP);
        } catch (MojoExecutionException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /**
     * What every site plugin from 3.3 (Maven 3.8's default) to 3.21 can call: their {@code MavenReport.generate}
     * takes Doxia 1's old sink in some versions, this one takes the sink all of them share. One page.
     */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        generate(sink, locale);
    }

    /** The site page: the project's, or at a parent the reactor's. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        RuleRegistry registry = RuleRegistry.builtIn();
        try {
            render(sink, registry);
        } catch (LinkageError e) {
            // a site plugin whose Doxia lacks what the page uses: one line that says what to do, not a stack trace
            throw new MavenReportException("flowguard:report cannot render its page with this build's "
                    + "maven-site-plugin (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); pin "
                    + "org.apache.maven.plugins:maven-site-plugin:" + SITE_PLUGIN + " in <build><pluginManagement>");
        }
    }

    private void render(Sink sink, RuleRegistry registry) throws MavenReportException {
        try {
            List<MavenProject> modules = modules();
            if (modules.isEmpty()) {
                SitePage.of(sink, registry, check(project, registry).verdict(), ProjectPaths.name(project)).render();
                return;
            }
            List<SitePage.Module> rows = new ArrayList<>();
            for (MavenProject each : modules) {
                rows.add(new SitePage.Module(each.getArtifactId(), check(each, registry).verdict(),
                        each == project ? null : link(project, each)));
            }
            SitePage.ofReactor(sink, registry, ProjectPaths.name(project), rows).render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** {@code mvn flowguard:report} on its own: the same view, as one self-contained HTML file, and where it is. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            getLog().info("flowguard: skipped (flowguard.skip)");
            return;
        }
        RuleRegistry registry = RuleRegistry.builtIn();
        Path target = getReportOutputDirectory().toPath().resolve("flowguard.html");
        HtmlReport html = new HtmlReport(registry);
        List<MavenProject> modules = modules();
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                if (modules.isEmpty()) {
                    Verdict verdict = check(project, registry).verdict();
                    if (verdict == null) {
                        getLog().info(dev.flowguard.about.About.logPrefix(ProjectPaths.name(project))
                                + ": no solution of its own, no page to write");
                        return;
                    }
                    html.write(verdict, out);
                } else {
                    List<Verdict> checked = new ArrayList<>();
                    List<String> unchecked = new ArrayList<>();
                    for (MavenProject each : modules) {
                        Verdict verdict = check(each, registry).verdict();
                        if (verdict == null) {
                            unchecked.add(each.getArtifactId());
                        } else {
                            checked.add(verdict);
                        }
                    }
                    html.writeReactor(new ReactorVerdict(ProjectPaths.name(project), checked, unchecked, Instant.now()), out);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("flowguard: cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info(dev.flowguard.about.About.logPrefix(ProjectPaths.name(project)) + " report: " + target);
    }

    /** The projects a parent's page covers (itself and every project of the build below it); none for a leaf. */
    private List<MavenProject> modules() {
        if (project == null || project.getModules() == null || project.getModules().isEmpty() || reactorProjects == null) {
            return List.of();
        }
        Path basedir = ProjectPaths.basedir(project);
        List<MavenProject> below = new ArrayList<>();
        for (MavenProject each : reactorProjects) {
            if (each.getBasedir() != null && ProjectPaths.basedir(each).startsWith(basedir)) {
                below.add(each);
            }
        }
        return below.size() > 1 ? below : List.of();
    }

    private CheckResult check(MavenProject of, RuleRegistry registry) throws MojoExecutionException {
        Settings settings = settings(of);
        if (settings.flag(Settings.Parameter.SKIP)) {
            return CheckResult.nothingToCheck();
        }
        try {
            return new CheckExecutor(registry).check(ScanParameters.request(of, session, settings)
                    .formats("")
                    .forSite(true)
                    .build(), new MavenCheckLog(getLog()));
        } catch (CheckException e) {
            throw ScanParameters.error(e);
        }
    }

    /** This project's settings as injected and completed from {@code <build>}; another's resolved from its pom. */
    private Settings settings(MavenProject of) {
        PluginConfiguration configuration = PluginConfiguration.of(of, PluginConfiguration.Reader.REPORT, null);
        if (of != project) {
            return Settings.resolved(of, session, configuration);
        }
        return Settings.injected()
                .set(Settings.Parameter.SKIP, skip)
                .set(Settings.Parameter.SOLUTIONS, solutions)
                .set(Settings.Parameter.INCLUDES, includes)
                .set(Settings.Parameter.EXCLUDES, excludes)
                .rules(rules)
                .set(Settings.Parameter.SUPPRESSIONS_FILE, suppressionsFile)
                .set(Settings.Parameter.BASELINE_FILE, baselineFile)
                .set(Settings.Parameter.FAIL_ON_SEVERITY, failOnSeverity)
                .set(Settings.Parameter.FAIL_ON_VIOLATION, failOnViolation)
                .set(Settings.Parameter.FAIL_IF_NO_FLOWS, failIfNoFlows)
                .set(Settings.Parameter.SHOW_SECRETS, showSecrets)
                .set(Settings.Parameter.DOCS_URL, docsUrl)
                .build().completedFrom(configuration);
    }

    /**
     * The module's page from the parent's: by their site URLs when both have one (a module's inherits its parent's
     * plus its artifactId), else where {@code site:stage} puts it, under the module's artifactId.
     */
    static String link(MavenProject parent, MavenProject module) {
        String parentUrl = parent.getUrl();
        String moduleUrl = module.getUrl();
        if (parentUrl != null && moduleUrl != null) {
            try {
                URI base = URI.create(parentUrl.endsWith("/") ? parentUrl : parentUrl + "/");
                URI relative = base.relativize(URI.create(moduleUrl.endsWith("/") ? moduleUrl : moduleUrl + "/"));
                return relative + "flowguard.html";
            } catch (IllegalArgumentException e) {
                // not URLs: fall back to the staged layout
            }
        }
        return module.getArtifactId() + "/flowguard.html";
    }
}
