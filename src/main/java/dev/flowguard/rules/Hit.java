package dev.flowguard.rules;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.model.Step;
import java.util.List;
import java.util.Objects;

/**
 * What a rule reports: where and what, before the engine adds location, fingerprint and severity, and redacts.
 * The secret rides on the hit and the message is a template: {@link #SECRET} in it stands for the secret, which the
 * engine writes redacted (or in clear when the user asked), in one place for every rule.
 *
 * @param file the file as findings name it
 * @param jsonPointer where in the file, or null for the whole file
 * @param node the trigger or action, or null when the hit is not about one
 * @param template what is wrong; {@link #SECRET} where the secret is named
 * @param secret the offending secret, or null when the hit names none
 * @param evidence what the fingerprint hashes: the secret unless a rule says otherwise; never shown
 * @param maxSeverity the most this hit may weigh whatever the rule's configured severity (a placeholder
 *     where a credential belongs is LOW at most), or null for the rule's severity as configured
 * @param path a secret's way from where it appears to where it is used, source first; empty when the hit is about
 *     one place
 */
public record Hit(RuleDescriptor rule, String file, String jsonPointer, FlowNode node, String template, String secret,
        String evidence, Severity maxSeverity, List<Step> path) {

    /** Where a message names the secret. */
    public static final String SECRET = "{secret}";

    public Hit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(template, "template");
        evidence = evidence != null ? evidence : secret != null ? secret : "";
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** A hit about {@code node} (or, when null, the file) whose message names no secret. */
    public static Hit of(RuleDescriptor rule, String file, String jsonPointer, FlowNode node, String template) {
        return new Hit(rule, file, jsonPointer, node, template, null, null, null, List.of());
    }

    /** This hit naming {@code value}, the secret its message's {@link #SECRET} stands for. */
    public Hit withSecret(String value) {
        return new Hit(rule, file, jsonPointer, node, template, value, evidence.isEmpty() ? null : evidence, maxSeverity,
                path);
    }

    /** This hit with {@code value} as what its fingerprint hashes, stable across reformatting. */
    public Hit withEvidence(String value) {
        return new Hit(rule, file, jsonPointer, node, template, secret, value, maxSeverity, path);
    }

    /** This hit with a secret's way through the flow. */
    public Hit withPath(List<Step> steps) {
        return new Hit(rule, file, jsonPointer, node, template, secret, evidence, maxSeverity, steps);
    }

    /** This hit, weighing at most {@code cap}: a configured severity above it is lowered, one below it kept. */
    public Hit atMost(Severity cap) {
        return new Hit(rule, file, jsonPointer, node, template, secret, evidence, cap, path);
    }

    /** The severity to report: the configured one, lowered to {@link #maxSeverity} when that is lower. */
    public Severity severity(Severity configured) {
        return maxSeverity != null && configured.isAtLeast(maxSeverity) ? maxSeverity : configured;
    }

    /** The message as reports show it, with the secret as {@code redactor} shows it. */
    public String message(Redactor redactor) {
        return secret == null || !template.contains(SECRET) ? template : template.replace(SECRET, redactor.redact(secret));
    }

    /** The message with the secret redacted, as reports show it unless the user asked for secrets. */
    public String message() {
        return message(Redactor.REDACTING);
    }
}
