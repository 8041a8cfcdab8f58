package dev.flowguard.report;

import dev.flowguard.rules.Finding;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import java.util.List;

/**
 * The outcome of a scan under the project's policy.
 *
 * @param failOn the lowest severity that fails the build, or null for NONE
 * @param noFlows true when the scan saw no cloud flow and the policy says that fails
 */
public record Verdict(ScanResult result, Severity failOn, boolean noFlows) {

    public static Verdict of(ScanResult result, Severity failOn, boolean failIfNoFlows) {
        return new Verdict(result, failOn, failIfNoFlows && result.flows() == 0);
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
}
