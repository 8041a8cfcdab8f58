package dev.flowguard.rules;

import dev.flowguard.flow.FlowNode;
import java.util.Objects;

/**
 * What a rule reports: where and what, before the engine adds location, fingerprint and severity.
 *
 * @param file the file as findings name it
 * @param jsonPointer where in the file, or null for the whole file
 * @param node the trigger or action, or null when the hit is not about one
 * @param message already redacted (built with the context's {@link Redactor})
 * @param evidence the offending value, never shown, only hashed into the fingerprint; may be empty
 * @param maxSeverity the most this hit may weigh whatever the rule's configured severity (a placeholder
 *     where a credential belongs is LOW at most), or null for the rule's severity as configured
 */
public record Hit(RuleDescriptor rule, String file, String jsonPointer, FlowNode node, String message, String evidence,
        Severity maxSeverity) {

    public Hit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? "" : evidence;
    }

    public Hit(RuleDescriptor rule, String file, String jsonPointer, FlowNode node, String message, String evidence) {
        this(rule, file, jsonPointer, node, message, evidence, null);
    }

    /** This hit, weighing at most {@code cap}: a configured severity above it is lowered, one below it kept. */
    public Hit atMost(Severity cap) {
        return new Hit(rule, file, jsonPointer, node, message, evidence, cap);
    }

    /** The severity to report: the configured one, lowered to {@link #maxSeverity} when that is lower. */
    public Severity severity(Severity configured) {
        return maxSeverity != null && configured.isAtLeast(maxSeverity) ? maxSeverity : configured;
    }
}
