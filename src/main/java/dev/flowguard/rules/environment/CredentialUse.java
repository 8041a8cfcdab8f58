package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.NodeRole;
import dev.flowguard.rules.FlowContext;
import java.util.ArrayList;
import java.util.List;

/** A credential field of a trigger or action and where its value comes from. */
record CredentialUse(FlowNode node, CredentialFields.Field field, Source source) {

    /** Every credential field of the flow, classified. */
    static List<CredentialUse> in(FlowContext context, CredentialSources sources) {
        List<CredentialUse> uses = new ArrayList<>();
        context.flow().nodes().forEach(node -> {
            for (CredentialFields.Field field : CredentialFields.of(node)) {
                Source source = field.expression() != null ? sources.of(field.expression()) : sources.ofText(field.text());
                uses.add(new CredentialUse(node, field, source));
            }
        });
        return uses;
    }

    /** {@code HTTP action 'Call_API'}, {@code trigger 'manual'}. */
    String nodeLabel() {
        String role = node.role() == NodeRole.TRIGGER ? "trigger" : "action";
        return (node.type().isEmpty() ? "" : node.type() + " ") + role + " '" + node.name() + "'";
    }
}
