package dev.flowguard.rules;

import java.util.function.Function;

/**
 * Something several rules derive from a flow (every string value, the parsed expressions), computed at most
 * once per flow by {@link FlowContext#view(FlowView)} and shared by all rules checking that flow. Declare
 * one as a constant: views are told apart by identity.
 *
 * <pre>{@code static final FlowView<Expressions> EXPRESSIONS = new FlowView<>("expressions", c -> Expressions.of(c.flow()));}</pre>
 */
public final class FlowView<T> {

    private final String name;
    private final Function<FlowContext, T> compute;

    /** @param compute derives the view from the flow and what the context knows of its solution */
    public FlowView(String name, Function<FlowContext, T> compute) {
        this.name = name;
        this.compute = compute;
    }

    T compute(FlowContext context) {
        return compute.apply(context);
    }

    @Override
    public String toString() {
        return name;
    }
}
