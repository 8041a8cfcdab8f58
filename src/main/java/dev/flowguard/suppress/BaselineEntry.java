package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import java.util.Objects;

/**
 * One accepted finding in {@code flowguard-baseline.json}. Only the fingerprint matters for matching; the
 * rest is there so a reviewer reading the file (or its diff) knows what was accepted.
 *
 * @param module the module (artifactId) whose finding it is, so each module of a reactor judges only its own
 *     entries of a baseline they share; null in a baseline written outside a project, or before modules were named
 */
public record BaselineEntry(String fingerprint, String ruleId, String file, String flow, String action, String module) {

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public BaselineEntry(String fingerprint, String ruleId, String file, String flow, String action) {
        this(fingerprint, ruleId, file, flow, action, null);
    }

    public static BaselineEntry of(Finding finding, String module) {
        return new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.file(), finding.flow(),
                finding.actionPath() != null ? finding.actionPath() : finding.action(), module);
    }

    public static BaselineEntry of(Finding finding) {
        return of(finding, null);
    }

    /** Whether this module judges the entry: its own, or one no module claims. */
    public boolean belongsTo(String name) {
        return module == null || module.equals(name);
    }

    /** How messages name the entry: {@code FG401 My.zip!Workflows/Intake.json manual}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (module != null) {
            text.append('[').append(module).append("] ");
        }
        text.append(ruleId == null ? "?" : ruleId).append(' ').append(file == null ? "?" : file);
        if (action != null) {
            text.append(' ').append(action);
        }
        return text.append(" [").append(fingerprint).append(']').toString();
    }
}
