package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import java.util.Objects;

/**
 * One accepted finding in {@code flowguard-baseline.json}. Only the fingerprint matters for matching; the
 * rest is there so a reviewer reading the file (or its diff) knows what was accepted.
 */
public record BaselineEntry(String fingerprint, String ruleId, String file, String flow, String action) {

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.file(), finding.flow(),
                finding.actionPath() != null ? finding.actionPath() : finding.action());
    }

    /** How messages name the entry: {@code FG401 My.zip!Workflows/Intake.json manual}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(ruleId == null ? "?" : ruleId).append(' ').append(file == null ? "?" : file);
        if (action != null) {
            text.append(' ').append(action);
        }
        return text.append(" [").append(fingerprint).append(']').toString();
    }
}
