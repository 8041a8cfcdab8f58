package dev.flowguard.maven;

import dev.flowguard.check.BaselineResult;
import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    void run() throws MojoExecutionException, MojoFailureException {
        BaselineResult result;
        try {
            result = new CheckExecutor(RuleRegistry.builtIn()).baseline(request()
                    .baselineFile(baselineFile == null ? null : baselineFile.toPath())
                    .build(), new MavenCheckLog(getLog()));
        } catch (CheckException e) {
            throw error(e);
        }
        switch (result.status()) {
            case NO_FLOWS -> throw new MojoFailureException("flowguard found no cloud flow, so it wrote no baseline. "
                    + "Name the solutions with <solutions> or -Dflowguard.solutions, or set failIfNoFlows=false.");
            case WRITTEN -> getLog().info("flowguard baseline: " + result.entries() + " finding"
                    + (result.entries() == 1 ? "" : "s") + " of " + result.flows() + " cloud flow"
                    + (result.flows() == 1 ? "" : "s") + " accepted in " + result.file());
            default -> {
                // a parent project: the executor has said so, and its modules write their own
            }
        }
    }
}
