package dev.flowguard.maven;

import dev.flowguard.report.ToolVersion;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.scan.ScanRequest;
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
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes today's findings as {@code flowguard-baseline.json}, so {@code check} then fails only on new ones.
 * Findings already accepted inline or in the suppressions file are left out (they stay accepted there); an
 * existing baseline is replaced, not merged, so fixed findings drop out. Commit the file and review its diff.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractScanMojo {

    /** The file to write. Default: {@code flowguard-baseline.json} in the base directory. */
    @Parameter(property = "flowguard.baselineFile")
    private File baselineFile;

    @Override
    void run(RuleRegistry registry) throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        Path basedir = basedir();
        ScanRequest request = scanRequest(registry, false);
        // the old baseline is what is being replaced: only inline and file suppressions apply
        Suppressions suppressions = suppressions(null, false);
        // secrets are never written to the baseline (only fingerprints and names), so redaction does not matter
        ScanResult scanned = new Scanner(registry).scan(request, new MavenLogListener(log));
        if (failIfNoFlows() && scanned.flows() == 0) {
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
