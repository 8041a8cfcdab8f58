package dev.flowguard.finding;

import java.util.Objects;

/**
 * Why a finding is accepted, and by what: reports need the kind (SARIF tells in-source suppressions from
 * external ones) as well as the words, so the kind is a value rather than a prefix parsed back from text.
 *
 * @param source what accepted it, as messages name it: the suppressions file and its entry, or the baseline file;
 *     null for an inline suppression, which lives on the action itself
 * @param reason the reason as the team wrote it
 */
public record Suppression(Kind kind, String source, String reason) {

    /** Where a finding was accepted. */
    public enum Kind {
        /** {@code flowguard:ignore FGnnn <reason>} in the action's or trigger's description. */
        INLINE,
        /** An entry of {@code flowguard-suppressions.xml}. */
        FILE,
        /** A fingerprint in {@code flowguard-baseline.json}. */
        BASELINE
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    public static Suppression inline(String reason) {
        return new Suppression(Kind.INLINE, null, reason);
    }

    public static Suppression file(String source, String reason) {
        return new Suppression(Kind.FILE, Objects.requireNonNull(source, "source"), reason);
    }

    public static Suppression baseline(String source) {
        return new Suppression(Kind.BASELINE, Objects.requireNonNull(source, "source"), "accepted in " + source);
    }

    /** One line for logs and reports: {@code inline: <reason>}, {@code <file entry>: <reason>}, {@code baseline: accepted in <file>}. */
    public String describe() {
        return switch (kind) {
            case INLINE -> "inline: " + reason;
            case FILE -> source + ": " + reason;
            case BASELINE -> "baseline: " + reason;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
