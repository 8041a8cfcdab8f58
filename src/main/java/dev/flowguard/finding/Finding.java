package dev.flowguard.finding;

import dev.flowguard.model.PathStep;
import dev.flowguard.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One problem flowguard found, in the shape every report writes. The message never holds a secret in
 * clear (rules build it through a {@code dev.flowguard.rules.Redactor}); {@code line}/{@code column} are 0
 * when unknown, and flow/action fields are null for findings about a whole file.
 *
 * @param file the solution-relative path, {@code My.zip!Workflows/Foo-GUID.json} for zip entries
 * @param actionPath the names from the flow's root to the action, joined by {@code /}
 * @param suppression why and by what the finding is accepted, or null when it counts
 * @param path a secret's way to the finding, source first, its last step the finding's own place; empty when the
 *     finding is about one place
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
        Suppression suppression,
        List<PathStep> path) {

    public Finding {
        path = path == null ? List.of() : List.copyOf(path);
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A finding about one place, with no way to it. */
    public Finding(String ruleId, Severity severity, String solution, String flow, String file, int line, int column,
            String jsonPointer, String action, String actionPath, String message, String fingerprint,
            Suppression suppression) {
        this(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath, message, fingerprint,
                suppression, List.of());
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding suppressedBecause(Suppression reason) {
        return new Finding(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath,
                message, fingerprint, Objects.requireNonNull(reason, "reason"), path);
    }

    /** The same finding with its message replaced, for notes a later step adds (a suppression that does not apply). */
    public Finding withMessage(String newMessage) {
        return new Finding(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath,
                newMessage, fingerprint, suppression, path);
    }

    /** This finding with the way a secret took to it. */
    public Finding withPath(List<PathStep> steps) {
        return new Finding(ruleId, severity, solution, flow, file, line, column, jsonPointer, action, actionPath,
                message, fingerprint, suppression, steps);
    }

    /** Whether {@code step} is this finding's own place: where the fix goes. */
    public boolean isAt(PathStep step) {
        return step.file().equals(file) && step.pointer().equals(jsonPointer);
    }

    /** Where a reader looks: the file, and the line and column when known. */
    public String where() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
