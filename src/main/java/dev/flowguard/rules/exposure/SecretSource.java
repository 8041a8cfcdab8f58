package dev.flowguard.rules.exposure;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.SourceKind;

/**
 * A place a secret enters a flow.
 *
 * @param name the action's name, or the parameter's name as {@code parameters('…')} reads it
 * @param node the action, or null for a parameter
 */
public record SecretSource(SourceKind kind, String name, FlowNode node) {

    /** How a path starts in messages: the action's name, or {@code parameters('…')}. */
    public String label() {
        if (node != null) {
            return name;
        }
        return kind == SourceKind.APP_SETTING ? "appsetting('" + name + "')" : "parameters('" + name + "')";
    }
}
