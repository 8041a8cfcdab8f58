package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.OriginKind;

/**
 * A place a secret enters a flow.
 *
 * @param name the action's or trigger's name, or the parameter's or app setting's as the flow reads it
 * @param node the trigger or action, or null for a parameter or an app setting
 */
public record SecretSource(OriginKind kind, String name, FlowNode node) {

    /** How a path starts in messages: the action's name, {@code parameters('…')} or {@code appsetting('…')}. */
    public String label() {
        if (node != null) {
            return name;
        }
        return kind == OriginKind.APP_SETTING ? "appsetting('" + name + "')" : "parameters('" + name + "')";
    }
}
