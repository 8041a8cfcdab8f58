package dev.flowguard.report;

import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scan under the project's policy.
 *
 * @param failOn the lowest severity that fails the build, or null for NONE
 * @param noFlows true when the scan saw no cloud flow and the policy says that fails
 * @param project the project (module) checked, as log lines and reports name it, or null outside a project
 * @param checkedAt when the check ran, for reports a reviewer reads later
 */
public record Verdict(ScanResult result, Severity failOn, boolean noFlows, String project, Instant checkedAt) {

    public Verdict {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public static Verdict of(ScanResult result, Severity failOn, boolean failIfNoFlows) {
        return of(result, failOn, failIfNoFlows, null, Instant.now());
    }

    public static Verdict of(ScanResult result, Severity failOn, boolean failIfNoFlows, String project, Instant checkedAt) {
        return new Verdict(result, failOn, failIfNoFlows && result.flows() == 0, project, checkedAt);
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
}
