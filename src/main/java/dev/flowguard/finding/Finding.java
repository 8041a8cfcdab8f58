package dev.flowguard.finding;

import dev.flowguard.rules.Severity;
import java.util.Objects;

/**
 * One problem flowguard found, in the shape every report writes. The message never holds a secret in
 * clear (rules build it through a {@code dev.flowguard.rules.Redactor}); {@code line}/{@code column} are 0
 * when unknown, and flow/action fields are null for findings about a whole file.
 *
 * @param file the solution-relative path, {@code My.zip!Workflows/Foo-GUID.json} for zip entries
 * @param actionPath the names from the flow's root to the action, joined by {@code /}
 * @param suppression why and by what the finding is accepted, or null when it counts
 */
public record Finding(
        String ruleId,
        Severity severity,
        String solution,
        String flow,
        String file,
        int line,
        int column,
        String jsonPointer,
        String action,
        String actionPath,
        String message,
        String fingerprint,
        Suppression suppression) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding suppressedBecause(Suppression reason) {
        return new Finding(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath,
                message, fingerprint, Objects.requireNonNull(reason, "reason"));
    }

    /** The same finding with its message replaced, for notes a later step adds (a suppression that does not apply). */
    public Finding withMessage(String newMessage) {
        return new Finding(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath,
                newMessage, fingerprint, suppression);
    }

    /** Where a reader looks: the file, and the line and column when known. */
    public String where() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
