package dev.flowguard.rules;

import dev.flowguard.flow.Flow;
import java.util.function.Function;

/**
 * Something several rules derive from a flow (every string value, the parsed expressions), computed at most
 * once per flow by {@link FlowContext#view(FlowView)} and shared by all rules checking that flow. Declare
 * one as a constant: views are told apart by identity.
 *
 * <pre>{@code static final FlowView<Expressions> EXPRESSIONS = new FlowView<>("expressions", Expressions::of);}</pre>
 */
public final class FlowView<T> {

    private final String name;
    private final Function<Flow, T> compute;

    public FlowView(String name, Function<Flow, T> compute) {
        this.name = name;
        this.compute = compute;
    }

    T compute(Flow flow) {
        return compute.apply(flow);
    }

    @Override
    public String toString() {
        return name;
    }
}
