package dev.flowguard.scan;

import dev.flowguard.rules.Severity;

/**
 * A project's choice for one rule.
 *
 * @param severity the severity to report the rule's findings at, or null for the rule's default
 */
public record RuleSetting(String ruleId, Severity severity, boolean enabled) {
}
