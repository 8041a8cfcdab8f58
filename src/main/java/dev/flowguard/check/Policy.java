package dev.flowguard.check;

import dev.flowguard.report.ReportFormat;
import dev.flowguard.report.RuleHelp;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.RuleSetting;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request's settings, checked: the failing level, the report formats, the rule choices and where rule help
 * points.
 *
 * @param failOn the lowest level that fails, or null for NONE
 */
record Policy(Severity failOn, Set<ReportFormat> formats, Map<String, RuleSetting> ruleSettings, RuleHelp help) {

    static Policy of(CheckRequest request, RuleRegistry registry) throws CheckException {
        try {
            return new Policy(failOn(request.failOnSeverity()), ReportFormat.parseList(request.formats()),
                    ruleSettings(request.rules(), registry),
                    new RuleHelp(RuleHelp.checkDocsUrl(request.docsUrl()), request.command()));
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
        int number = 0;
        for (RuleChoice rule : rules) {
            number++;
            if (rule.id() == null || rule.id().isBlank()) {
                throw new IllegalArgumentException("rules: <rule> " + number + " has no <id>; write the rule it is about, "
                        + "such as <rule><id>FG204</id><severity>HIGH</severity></rule>");
            }
            String id = rule.id().strip().toUpperCase(Locale.ROOT);
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
            // a second <rule> for the same id wins, as a module's <rules combine.children="append"> would mean
            settings.put(id, new RuleSetting(id, severity, enabled(id, rule.enabled())));
        }
        return settings;
    }

    /** {@code true} or {@code false}, any case; Maven's own reading makes every other word {@code false}. */
    private static boolean enabled(String id, String enabled) {
        if (enabled == null) {
            return true;
        }
        String value = enabled.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw new IllegalArgumentException("rules: " + id + ": <enabled> must be true or false, not '" + enabled + "'");
    }
}
