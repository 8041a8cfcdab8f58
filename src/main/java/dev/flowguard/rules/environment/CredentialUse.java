package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.NodeRole;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.FlowView;
import java.util.ArrayList;
import java.util.List;

/** A credential field of a trigger or action and where its value comes from. */
record CredentialUse(FlowNode node, CredentialFields.Field field, Source source) {

    /** The classified credential fields of a flow, and the sources that classified them. */
    record InFlow(CredentialSources sources, List<CredentialUse> uses) {
    }

    /** FG201, FG202 and FG203 all start from the same uses: found and classified once per flow. */
    private static final FlowView<InFlow> VIEW = new FlowView<>("credential uses", context -> {
        CredentialSources sources = new CredentialSources(context.flow(), context.solution());
        return new InFlow(sources, in(context, sources));
    });

    static InFlow of(FlowContext context) {
        return context.view(VIEW);
    }

    /** Every credential field of the flow, classified. */
    private static List<CredentialUse> in(FlowContext context, CredentialSources sources) {
        List<CredentialUse> uses = new ArrayList<>();
        context.flow().nodes().forEach(node -> {
            for (CredentialFields.Field field : CredentialFields.of(node, context.strings().of(node))) {
                Source source = field.expression() != null ? sources.of(field.expression()) : sources.ofText(field.text());
                uses.add(new CredentialUse(node, field, source));
            }
        });
        return List.copyOf(uses);
    }

    /** {@code HTTP action 'Call_API'}, {@code trigger 'manual'}. */
    String nodeLabel() {
        String role = node.role() == NodeRole.TRIGGER ? "trigger" : "action";
        return (node.type().isEmpty() ? "" : node.type() + " ") + role + " '" + node.name() + "'";
    }
}
