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
 */
public record Hit(RuleDescriptor rule, String file, String jsonPointer, FlowNode node, String message, String evidence) {

    public Hit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? "" : evidence;
    }
}
