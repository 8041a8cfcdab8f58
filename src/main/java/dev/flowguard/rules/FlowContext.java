package dev.flowguard.rules;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.solution.Solution;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a rule sees when it checks one flow. One context per flow, used by one thread: the rules of a flow
 * run one after another, so its views need no locking.
 *
 * @param crossFlow what the solution's other flows tell this one: the secrets a parent sends it, a child returns it
 * @param views the views computed so far for this flow; start with none
 */
public record FlowContext(Flow flow, Solution solution, Redactor redactor, CrossFlow crossFlow,
        Map<FlowView<?>, Object> views) {

    private static final FlowView<FlowStrings> STRINGS = new FlowView<>("strings", c -> FlowStrings.of(c.flow()));

    public FlowContext(Flow flow, Solution solution, Redactor redactor) {
        this(flow, solution, redactor, CrossFlow.NONE);
    }

    public FlowContext(Flow flow, Solution solution, Redactor redactor, CrossFlow crossFlow) {
        this(flow, solution, redactor, crossFlow, new IdentityHashMap<>());
    }

    /** A hit on a value inside {@code node}; {@code evidence} is the offending value, hashed into the fingerprint. */
    public Hit hit(RuleDescriptor rule, FlowNode node, String jsonPointer, String message, String evidence) {
        return new Hit(rule, flow.file(), jsonPointer, node, message, evidence);
    }

    /** Every string value of the flow with its node and pointer, walked once for all rules. */
    public FlowStrings strings() {
        return view(STRINGS);
    }

    /** {@code view} of this flow, computed on first use and then shared by every rule checking the flow. */
    @SuppressWarnings("unchecked")
    public <T> T view(FlowView<T> view) {
        Object computed = views.get(view);
        if (computed == null) {
            computed = view.compute(this);
            views.put(view, computed);
        }
        return (T) computed;
    }
}
