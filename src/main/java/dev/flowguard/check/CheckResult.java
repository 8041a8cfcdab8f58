package dev.flowguard.check;

import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.Verdict;
import dev.flowguard.suppress.Suppressions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a check gave: the verdict and the report files written, or nothing when the project had nothing of
 * its own to check (a parent whose modules hold the solutions, a module without solutions).
 *
 * @param verdict the findings under the project's policy; null when nothing was checked
 * @param reports the report files written, in the order of {@code formats}
 * @param suppressions the suppressions file and baseline as read, for judgments the whole reactor makes; null when
 *     nothing was checked
 * @param outcome what they accepted, likewise
 */
public record CheckResult(Verdict verdict, List<Path> reports, Suppressions suppressions, Suppressions.Outcome outcome) {

    public CheckResult {
        reports = List.copyOf(reports);
    }

    public CheckResult(Verdict verdict, List<Path> reports) {
        this(verdict, reports, null, null);
    }

    public static CheckResult nothingToCheck() {
        return new CheckResult(null, List.of());
    }

    public Optional<Verdict> checked() {
        return Optional.ofNullable(verdict);
    }

    /** True when the build should fail on what was found (not on how it was configured). */
    public boolean failed() {
        return verdict != null && verdict.failed();
    }

    /** The one line a failed build ends with. */
    public String failureMessage() {
        if (verdict == null || !verdict.failed()) {
            return "";
        }
        int failing = verdict.failingFindings().size();
        String findings = verdict.prefix() + " found " + failing + " finding" + (failing == 1 ? "" : "s") + " at "
                + verdict.failOn() + " or above";
        if (verdict.noFlows()) {
            return verdict.prefix() + " checked no cloud flow: " + ConsoleReport.noFlowsReason(verdict)
                    + (failing > 0 ? "; and it found " + failing + " finding" + (failing == 1 ? "" : "s") + " at "
                            + verdict.failOn() + " or above" : "") + ".";
        }
        return findings + "; see the lines above and the reports.";
    }
}
