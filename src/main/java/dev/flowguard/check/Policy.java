package dev.flowguard.check;

import dev.flowguard.report.ReportFormat;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.RuleSetting;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request's settings, checked: the failing level, the report formats and the rule choices.
 *
 * @param failOn the lowest level that fails, or null for NONE
 */
record Policy(Severity failOn, Set<ReportFormat> formats, Map<String, RuleSetting> ruleSettings) {

    static Policy of(CheckRequest request, RuleRegistry registry) throws CheckException {
        try {
            return new Policy(failOn(request.failOnSeverity()), ReportFormat.parseList(request.formats()),
                    ruleSettings(request.rules(), registry));
        } catch (IllegalArgumentException e) {
            throw CheckException.misconfigured(e.getMessage());
        }
    }

    /** {@code NONE} means findings never fail the build: null. */
    static Severity failOn(String failOnSeverity) {
        if (failOnSeverity == null || failOnSeverity.strip().equalsIgnoreCase("NONE")) {
            return null;
        }
        try {
            return Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOnSeverity: unknown level '" + failOnSeverity
                    + "'; use one of INFO, LOW, MEDIUM, HIGH, CRITICAL, NONE");
        }
    }

    static Map<String, RuleSetting> ruleSettings(List<RuleChoice> rules, RuleRegistry registry) {
        Map<String, RuleSetting> settings = new HashMap<>();
        for (RuleChoice rule : rules) {
            String id = rule.id() == null ? "" : rule.id().strip().toUpperCase(Locale.ROOT);
            if (registry.rule(id).isEmpty()) {
                throw new IllegalArgumentException("rules: unknown rule id '" + rule.id()
                        + "'; mvn flowguard:explain lists the rules");
            }
            Severity severity;
            try {
                severity = rule.severity() == null ? null : Severity.parse(rule.severity());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rules: " + id + ": " + e.getMessage());
            }
            settings.put(id, new RuleSetting(id, severity, rule.enabled() == null || rule.enabled()));
        }
        return settings;
    }
}
