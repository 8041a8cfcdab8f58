package dev.flowguard.check;

/**
 * A project's choice for one rule, as written in its configuration: not yet checked against the rules
 * flowguard has (the executor does that, so a typo is reported the same way wherever it was written).
 *
 * @param id the rule id, or null when the {@code <rule>} has none (an error)
 * @param severity the level to report at, or null for the rule's default
 * @param enabled {@code true} or {@code false} as written, or null for on; anything else is an error (Maven would
 *     read {@code yes} as false and switch the rule off without a word)
 */
public record RuleChoice(String id, String severity, String enabled) {

    /** For callers that already hold a boolean. */
    public static RuleChoice of(String id, String severity, Boolean enabled) {
        return new RuleChoice(id, severity, enabled == null ? null : enabled.toString());
    }
}
