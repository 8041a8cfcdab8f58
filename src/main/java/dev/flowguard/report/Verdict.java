package dev.flowguard.report;

import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scan under the project's policy, with what reports need to present it.
 *
 * @param failOn the lowest severity that fails the build, or null for NONE
 * @param noFlows true when the scan saw no cloud flow and the policy says that fails
 * @param project the project (module) checked, as log lines and reports name it, or null outside a project
 * @param checkedAt when the check ran, for reports a reviewer reads later
 * @param sources where the files findings name are in the repository
 * @param help how reports point at a rule's documentation
 */
public record Verdict(ScanResult result, Severity failOn, boolean noFlows, String project, Instant checkedAt,
        Sources sources, RuleHelp help) {

    public Verdict {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(checkedAt, "checkedAt");
        sources = sources == null ? Sources.none() : sources;
        help = help == null ? RuleHelp.offline() : help;
    }

    public static Verdict of(ScanResult result, Severity failOn, boolean failIfNoFlows) {
        return of(result, failOn, failIfNoFlows, null, Instant.now());
    }

    public static Verdict of(ScanResult result, Severity failOn, boolean failIfNoFlows, String project, Instant checkedAt) {
        return new Verdict(result, failOn, failIfNoFlows && result.flows() == 0, project, checkedAt, null, null);
    }

    /** The same verdict, its files placed in the repository. */
    public Verdict in(Sources where) {
        return new Verdict(result, failOn, noFlows, project, checkedAt, where, help);
    }

    /** The same verdict, its rules explained as {@code ruleHelp} says. */
    public Verdict explainedBy(RuleHelp ruleHelp) {
        return new Verdict(result, failOn, noFlows, project, checkedAt, sources, ruleHelp);
    }

    public List<Finding> failingFindings() {
        return result.failing(failOn);
    }

    public boolean failed() {
        return noFlows || !failingFindings().isEmpty();
    }

    public boolean isFailing(Finding finding) {
        return failOn != null && !finding.suppressed() && finding.severity().isAtLeast(failOn);
    }

    /** How log lines start: {@code flowguard}, or {@code flowguard [module]} in a project, so lines of a parallel build say whose they are. */
    public String prefix() {
        return About.logPrefix(project);
    }

    /** The SARIF run's {@code automationDetails.id}: one per module, so code scanning tells the modules' runs apart. */
    public String automationId() {
        return project == null ? About.NAME + "/" : About.NAME + "/" + project + "/";
    }
}
