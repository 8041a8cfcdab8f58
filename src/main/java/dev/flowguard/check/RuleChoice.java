package dev.flowguard.check;

/**
 * A project's choice for one rule, as written in its configuration: not yet checked against the rules
 * flowguard has (the executor does that, so a typo is reported the same way wherever it was written).
 *
 * @param severity the level to report at, or null for the rule's default
 * @param enabled false to switch the rule off; null means on
 */
public record RuleChoice(String id, String severity, Boolean enabled) {
}
