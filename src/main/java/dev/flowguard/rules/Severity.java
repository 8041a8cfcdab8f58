package dev.flowguard.rules;

import java.util.Locale;

/** How bad a finding is, from least to most severe; the build fails at or above a configured level. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses a user-written level, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values, for a misspelt level
     */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "unknown severity '" + text + "'; use one of INFO, LOW, MEDIUM, HIGH, CRITICAL");
        }
    }
}
