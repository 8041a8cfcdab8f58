package dev.flowguard.maven;

import dev.flowguard.check.BaselineResult;
import dev.flowguard.check.CheckException;
import dev.flowguard.check.CheckExecutor;
import dev.flowguard.check.ReactorCheck;
import dev.flowguard.rules.registry.RuleRegistry;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes today's findings as {@code flowguard-baseline.json}, so {@code check} then fails only on new ones.
 * Findings already accepted inline or in the suppressions file are left out (they stay accepted there); the
 * project's old entries are replaced, not merged, so fixed findings drop out. Run at the root of a multi-module build
 * it runs in every module, as {@code pmd:check} does, and they share one baseline at the reactor root, each entry
 * naming its module. Commit the file and review its diff.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractScanMojo {

    /**
     * The file to write. Default: the {@code flowguard-baseline.json} in use (in the project's folder or above it up
     * to the reactor root), else a new one at the reactor root.
     */
    @Parameter(property = "flowguard.baselineFile")
    private String baselineFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Settings settings = settings(injected().set(Settings.Parameter.BASELINE_FILE, baselineFile));
        ReactorCheck reactor = Reactors.of(session(), project(), "baseline", fromCommandLine(), false);
        String module = ProjectPaths.name(project());
        MavenCheckLog log = new MavenCheckLog(getLog());
        BaselineResult result;
        if (settings.flag(Settings.Parameter.SKIP)) {
            skipped(project());
            result = new BaselineResult(BaselineResult.Status.NOTHING_OF_ITS_OWN, null, null, 0, 0, 0, Set.of());
        } else {
            try {
                result = new CheckExecutor(RuleRegistry.builtIn()).baseline(
                        ScanParameters.request(project(), session(), settings).build(), log, reactor);
            } catch (CheckException e) {
                throw ScanParameters.error(e);
            }
        }
        switch (result.status()) {
            case NO_FLOWS -> throw new MojoFailureException(dev.flowguard.about.About.logPrefix(module)
                    + " found no cloud flow, so it wrote no baseline. Name the solutions with <solutions> or "
                    + "-Dflowguard.solutions, or set failIfNoFlows=false.");
            case WRITTEN -> getLog().info(dev.flowguard.about.About.logPrefix(module) + " baseline: " + result.entries()
                    + " finding" + (result.entries() == 1 ? "" : "s") + " of "
                    + dev.flowguard.report.ConsoleReport.flows(result.flows(), result.workflows()) + " accepted in "
                    + result.name());
            default -> {
                // nothing of its own: the executor has said so
            }
        }
        if (reactor != null) {
            try {
                reactor.addBaseline(module, result, log);
            } catch (CheckException e) {
                throw ScanParameters.error(e);
            }
        }
    }
}
