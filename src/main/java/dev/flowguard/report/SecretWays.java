package dev.flowguard.report;

import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;

/**
 * How the pages a reviewer reads (the HTML report, the site page) write a secret's way: numbered steps from the
 * source, each with its file and line, and the finding's own step, the one that lacks Secure inputs or outputs,
 * marked as the one to fix.
 */
public final class SecretWays {

    private SecretWays() {
    }

    /** {@code Workflows/A.json:12:9}, or the file alone when the step has no line. */
    public static String where(PathStep step) {
        return step.line() > 0 ? step.file() + ":" + step.line() + ":" + Math.max(1, step.column()) : step.file();
    }

    /** What marks the step to fix, by what the rule found missing there. */
    public static String fixNote(Finding finding) {
        return switch (finding.ruleId()) {
            case "FG301" -> "fix here: no Secure outputs";
            case "FG302" -> "fix here: no Secure inputs";
            case "FG303" -> "fix here: this action cannot be secured, keep the secret out of it";
            default -> "fix here";
        };
    }

    /** Whether {@code step} is where the fix goes: the finding's own place. */
    public static boolean isFix(Finding finding, PathStep step) {
        return finding.isAt(step);
    }
}
