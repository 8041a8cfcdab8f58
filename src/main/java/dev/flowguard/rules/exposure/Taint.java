package dev.flowguard.rules.exposure;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The secrets a value may carry: a set of {@link Trace}s, one per source and shape. Immutable. */
public final class Taint {

    public static final Taint NONE = new Taint(Map.of());

    private final Map<Trace.Key, Trace> traces;

    private Taint(Map<Trace.Key, Trace> traces) {
        this.traces = traces;
    }

    public static Taint of(Trace trace) {
        return new Taint(Map.of(trace.key(), trace));
    }

    public boolean isEmpty() {
        return traces.isEmpty();
    }

    public Collection<Trace> traces() {
        return traces.values();
    }

    /** Only the traces that carry the secret itself. */
    public Taint secrets() {
        return filter(t -> t.label() == Trace.Label.SECRET ? t : null);
    }

    /** The traces with the shortest paths first, for messages. */
    public List<Trace> ordered() {
        return traces.values().stream()
                .sorted(Comparator.comparingInt((Trace t) -> t.path().size()).thenComparing(t -> t.describe("")))
                .toList();
    }

    Set<Trace.Key> keys() {
        return traces.keySet();
    }

    /** Both; where both hold the same key the trace already here (found first, so shorter) stays. */
    public Taint union(Taint other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<Trace.Key, Trace> merged = new LinkedHashMap<>(traces);
        other.traces.forEach(merged::putIfAbsent);
        return merged.size() == traces.size() ? this : new Taint(Map.copyOf(merged));
    }

    /**
     * What is left of the value once only the results of actions that failed are kept: a source action that failed
     * returned an error, not its secret, so only secrets that were in its inputs (parameters, literals) remain.
     */
    Taint ofFailedResults() {
        return filter(t -> t.source().node() != null && t.source().kind().isAction() ? null : t);
    }

    Taint read(String property) {
        return filter(t -> t.read(property));
    }

    Taint under(String key) {
        return filter(t -> t.under(key));
    }

    Taint through(String node) {
        return filter(t -> t.through(node));
    }

    Taint viaHidden(boolean hidden) {
        return filter(t -> t.viaHidden(hidden));
    }

    private Taint filter(UnaryOperator<Trace> change) {
        if (isEmpty()) {
            return this;
        }
        Map<Trace.Key, Trace> changed = new LinkedHashMap<>();
        for (Trace trace : traces.values()) {
            Trace next = change.apply(trace);
            if (next != null) {
                changed.putIfAbsent(next.key(), next);
            }
        }
        return changed.isEmpty() ? NONE : new Taint(Map.copyOf(changed));
    }
}
