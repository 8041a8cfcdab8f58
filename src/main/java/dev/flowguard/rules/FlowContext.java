package dev.flowguard.rules;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.model.FlowModel;
import dev.flowguard.solution.Solution;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a rule sees when it checks one flow: the flow's value model, which every rule queries. One context per flow,
 * used by one thread: the rules of a flow run one after another, so nothing here needs locking.
 *
 * @param views what rules derived from the model and share, computed so far; start with none
 */
public record FlowContext(FlowModel model, Map<FlowView<?>, Object> views) {

    public FlowContext(FlowModel model) {
        this(model, new IdentityHashMap<>());
    }

    public Flow flow() {
        return model.flow();
    }

    public Solution solution() {
        return model.solution();
    }

    /** A hit about {@code node}, or about the flow file when it is null. */
    public Hit hit(RuleDescriptor rule, FlowNode node, String jsonPointer, String message) {
        return Hit.of(rule, flow().file(), jsonPointer, node, message);
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
