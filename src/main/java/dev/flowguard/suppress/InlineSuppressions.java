package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written where the flow's author sees them: {@code flowguard:ignore FG302 <reason>} in an
 * action's or trigger's description (its note in the designer). A directive may name several rules
 * ({@code FG302,FG303}); its reason runs to the end of the line or the next directive. A directive
 * without a reason does not apply, and the finding says so, so nobody believes a finding is accepted
 * when it is not.
 */
public final class InlineSuppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "flowguard:ignore\\s+((?:FG\\d{3})(?:\\s*,\\s*FG\\d{3})*)(.*?)(?=flowguard:ignore|\\R|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON_PUNCTUATION = Pattern.compile("^[\\s:\\-–—]+");

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
        while (directive.find()) {
            if (!names(directive.group(1), finding.ruleId())) {
                continue;
            }
            String reason = REASON_PUNCTUATION.matcher(directive.group(2)).replaceFirst("").strip();
            if (!reason.isEmpty()) {
                return finding.suppressedBecause(Suppression.inline(reason));
            }
            withoutReason = true;
        }
        if (!withoutReason) {
            return finding;
        }
        return finding.withMessage(finding.message() + " (its 'flowguard:ignore " + finding.ruleId()
                + "' has no reason, so it does not apply: write why after the rule id)");
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
