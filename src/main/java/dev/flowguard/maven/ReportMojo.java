package dev.flowguard.maven;

import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.check.CheckResult;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The flowguard page of {@code mvn site}: the same check as {@code check}, with the same configuration, shown as
 * a page for reviewers (counts, findings with their rule, file, line and action, suppressed findings with their
 * reasons). It never fails the build; {@code check} does that. Add it to the pom's {@code <reporting>} section.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Skip the report. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private boolean skip;

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
    private File suppressionsFile;

    /** As for {@code check}: findings accepted by {@code flowguard:baseline}. */
    @Parameter(property = "flowguard.baselineFile")
    private File baselineFile;

    /** The level the page marks as failing the build, as {@code check} would. */
    @Parameter(property = "flowguard.failOnSeverity", defaultValue = "HIGH")
    private String failOnSeverity;

    /** Show secret values in clear on the page. Off: values show as their length only. */
    @Parameter(property = "flowguard.showSecrets", defaultValue = "false")
    private boolean showSecrets;

    /** Deprecated for getOutputPath(), which the API's default builds from this; both are still called. */
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return "flowguard";
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
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        RuleRegistry registry = RuleRegistry.builtIn();
        CheckResult result;
        try {
            // no report files and no finding lines in the log: the page is the report
            result = new CheckExecutor(registry).check(ScanParameters.request(project, solutions, includes, excludes,
                    rules, false, suppressionsFile)
                    .baselineFile(baselineFile == null ? null : baselineFile.toPath())
                    .failOnSeverity(failOnSeverity)
                    .formats("")
                    .showSecrets(showSecrets)
                    .build(), new MavenCheckLog(getLog()));
        } catch (CheckException e) {
            throw new MavenReportException(ScanParameters.error(e).getMessage(), e);
        }
        new SitePage(getSink(), registry, result).render();
    }
}
