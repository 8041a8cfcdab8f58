package dev.flowguard.check;

import dev.flowguard.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a check gave: the verdict and the report files written, or nothing when the project had nothing of
 * its own to check (a parent whose modules hold the solutions).
 *
 * @param verdict the findings under the project's policy; null when nothing was checked
 * @param reports the report files written, in the order of {@code formats}
 */
public record CheckResult(Verdict verdict, List<Path> reports) {

    public CheckResult {
        reports = List.copyOf(reports);
    }

    static CheckResult nothingToCheck() {
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
        if (verdict.noFlows()) {
            return verdict.prefix() + " found no cloud flow to check. Name the solutions with <solutions> or "
                    + "-Dflowguard.solutions, or set failIfNoFlows=false.";
        }
        int failing = verdict.failingFindings().size();
        return verdict.prefix() + " found " + failing + " finding" + (failing == 1 ? "" : "s") + " at "
                + verdict.failOn() + " or above; see the lines above and the reports.";
    }
}
