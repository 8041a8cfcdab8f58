package dev.flowguard.rules.trigger;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.NodeRole;
import java.util.Locale;

/** Which triggers can be called by URL, and who may call them. */
final class RequestTriggers {

    static final String FIELD = "triggerAuthenticationType";

    private RequestTriggers() {
    }

    /**
     * "When an HTTP request is received": a {@code Request} trigger of kind {@code Http}, or of no kind as in
     * Logic Apps. {@code Button}, {@code PowerApp}, {@code PowerAppV2}, {@code Skills} and the other kinds are
     * Request triggers the platform calls itself; they have no URL anyone could call.
     */
    static boolean isCallableByUrl(FlowNode node) {
        return node.role() == NodeRole.TRIGGER && node.isType("Request")
                && (node.kind().isEmpty() || node.kind().equalsIgnoreCase("Http"));
    }

    /** The authentication type as written, upper-cased; empty when the trigger has none. */
    static String authenticationType(FlowNode node) {
        return node.inputs().path(FIELD).asText("").strip().toUpperCase(Locale.ROOT);
    }
}
