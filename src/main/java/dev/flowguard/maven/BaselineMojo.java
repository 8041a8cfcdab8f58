package dev.flowguard.maven;

import dev.flowguard.report.ToolVersion;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.scan.RuleSetting;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.Notice;
import dev.flowguard.suppress.Suppressions;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes today's findings as {@code flowguard-baseline.json}, so {@code check} then fails only on new ones.
 * Findings already accepted inline or in the suppressions file are left out (they stay accepted there); an
 * existing baseline is replaced, not merged, so fixed findings drop out. Commit the file and review its diff.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractMojo {

    /** Skip the goal. */
    @Parameter(property = "flowguard.skip", defaultValue = "false")
    private boolean skip;

    /** What to scan, as for {@code check}. */
    @Parameter(property = "flowguard.solutions")
    private File[] solutions;

    /** Per-rule severity and enablement, as for {@code check}: a disabled rule's findings are not recorded. */
    @Parameter
    private List<RuleConfig> rules;

    /** Suppressions applied before the baseline is written, as for {@code check}. */
    @Parameter(property = "flowguard.suppressionsFile")
    private File suppressionsFile;

    /** The file to write. Default: {@code flowguard-baseline.json} in the base directory. */
    @Parameter(property = "flowguard.baselineFile")
    private File baselineFile;

    /** Refuse to write a baseline when no cloud flow was found (most likely the wrong folder was scanned). */
    @Parameter(property = "flowguard.failIfNoFlows", defaultValue = "true")
    private boolean failIfNoFlows;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("flowguard: skipped (flowguard.skip)");
            return;
        }
        Path basedir = ProjectPaths.basedir(project);
        RuleRegistry registry = RuleRegistry.builtIn();
        List<ScanInput> inputs;
        Map<String, RuleSetting> settings;
        Suppressions suppressions;
        try {
            settings = CheckRequestBuilder.ruleSettings(rules, registry);
            inputs = CheckRequestBuilder.inputs(solutions, ProjectPaths.solutionArtifacts(project), basedir);
            suppressions = SuppressionFiles.load(suppressionsFile, null, basedir, false);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("flowguard: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("flowguard: cannot search " + basedir + " for solutions: " + e.getMessage(), e);
        }
        // secrets are never written to the baseline (only fingerprints and names), so redaction does not matter
        ScanResult scanned = new Scanner(registry).scan(CheckRequestBuilder.request(inputs, false, settings),
                new MavenLogListener(log));
        if (failIfNoFlows && scanned.flows() == 0) {
            throw new MojoFailureException("flowguard found no cloud flow, so it wrote no baseline. Name the solutions "
                    + "with <solutions> or -Dflowguard.solutions, or set failIfNoFlows=false.");
        }
        Suppressions.Outcome outcome = suppressions.apply(scanned, LocalDate.now());
        for (Notice notice : outcome.notices()) {
            if (notice.warning()) {
                log.warn("flowguard: " + notice.text());
            }
        }
        Baseline baseline = Baseline.of(outcome.result().findings());
        Path target = SuppressionFiles.baselineTarget(baselineFile, basedir);
        write(baseline, target);
        log.info("flowguard baseline: " + baseline.entries().size() + " finding"
                + (baseline.entries().size() == 1 ? "" : "s") + " of " + scanned.flows() + " cloud flow"
                + (scanned.flows() == 1 ? "" : "s") + " accepted in " + target);
    }

    private static void write(Baseline baseline, Path target) throws MojoExecutionException {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                baseline.write(out, ToolVersion.version());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MojoExecutionException("flowguard: cannot write the baseline " + target + ": " + e.getMessage(), e);
        }
    }
}
