package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.registry.RuleRegistry;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written where the flow's author sees them: {@code flowguard:ignore FG302 <reason>} in an
 * action's or trigger's description (its note in the designer). A directive may name several rules
 * ({@code FG302,FG303}); its reason runs to the end of the line or the next directive. A directive
 * without a reason does not apply, and the finding says so, so nobody believes a finding is accepted
 * when it is not; nor does a directive naming a rule flowguard does not have (a typo such as {@code FG320}),
 * and the action's findings say that too, as the suppressions file refuses such an id.
 */
public final class InlineSuppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "flowguard:ignore\\s+((?:FG\\d{3})(?:\\s*,\\s*FG\\d{3})*)(.*?)(?=flowguard:ignore|\\R|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON_PUNCTUATION = Pattern.compile("^[\\s:\\-–—]+");

    /** The ids of the rules flowguard has, to tell a typo from a rule. */
    private static final Set<String> KNOWN = RuleRegistry.builtIn().rules().stream().map(Rule::descriptor)
            .map(d -> d.id()).collect(Collectors.toUnmodifiableSet());

    private InlineSuppressions() {
    }

    /**
     * The finding as the node's description decides: suppressed with the directive's reason, flagged when
     * the directive has no reason, or unchanged.
     */
    public static Finding apply(Finding finding, String description) {
        if (description == null || description.isEmpty()) {
            return finding;
        }
        Matcher directive = DIRECTIVE.matcher(description);
        boolean withoutReason = false;
        Set<String> unknown = new LinkedHashSet<>();
        while (directive.find()) {
            for (String id : directive.group(1).split(",")) {
                String upper = id.strip().toUpperCase(Locale.ROOT);
                if (!KNOWN.contains(upper)) {
                    unknown.add(upper);
                }
            }
            if (!names(directive.group(1), finding.ruleId())) {
                continue;
            }
            String reason = REASON_PUNCTUATION.matcher(directive.group(2)).replaceFirst("").strip();
            if (!reason.isEmpty()) {
                return finding.suppressedBecause(Suppression.inline(reason));
            }
            withoutReason = true;
        }
        String message = finding.message();
        if (withoutReason) {
            message += " (its 'flowguard:ignore " + finding.ruleId()
                    + "' has no reason, so it does not apply: write why after the rule id)";
        }
        if (!unknown.isEmpty()) {
            message += " (its 'flowguard:ignore " + String.join(", ", unknown) + "' names no rule flowguard has, so it "
                    + "suppresses nothing: mvn flowguard:explain lists the rules)";
        }
        return message.equals(finding.message()) ? finding : finding.withMessage(message);
    }

    private static boolean names(String ruleList, String ruleId) {
        for (String id : ruleList.split(",")) {
            if (id.strip().toUpperCase(Locale.ROOT).equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
