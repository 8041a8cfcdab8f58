package dev.flowguard.model;

import dev.flowguard.knowledge.OriginKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Where a value may come from: a set of {@link Origin}s, one per place and shape. Immutable. */
public final class Origins {

    public static final Origins NONE = new Origins(Map.of());

    private final Map<Origin.Key, Origin> origins;

    private Origins(Map<Origin.Key, Origin> origins) {
        this.origins = origins;
    }

    public static Origins of(Origin origin) {
        return new Origins(Map.of(origin.key(), origin));
    }

    public boolean isEmpty() {
        return origins.isEmpty();
    }

    public Collection<Origin> all() {
        return origins.values();
    }

    /** Only the origins that carry the secret itself. */
    public Origins secrets() {
        return filter(o -> o.isSecret() ? o : null);
    }

    public boolean hasSecret() {
        for (Origin origin : origins.values()) {
            if (origin.isSecret()) {
                return true;
            }
        }
        return false;
    }

    /** The origins with the shortest paths first, for messages. */
    public List<Origin> ordered() {
        return origins.values().stream()
                .sorted(Comparator.comparingInt((Origin o) -> o.path().size()).thenComparing(o -> o.describe("")))
                .toList();
    }

    /**
     * The strongest of what FG201 makes of these origins (the first of {@link OriginKind.Store}'s order), or null
     * when there are none: one part from a secret store makes the whole value a stored secret's.
     */
    public OriginKind.Store strongestStore() {
        OriginKind.Store strongest = null;
        for (Origin origin : origins.values()) {
            OriginKind.Store store = origin.store();
            if (strongest == null || store.ordinal() < strongest.ordinal()) {
                strongest = store;
            }
        }
        return strongest;
    }

    /** The first origin, shortest path first, whose store is {@code store}. */
    public Origin first(OriginKind.Store store) {
        return ordered().stream().filter(o -> o.store() == store).findFirst().orElse(null);
    }

    Set<Origin.Key> keys() {
        return origins.keySet();
    }

    /** Both; where both hold the same key the origin already here (found first, so shorter) stays. */
    public Origins union(Origins other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<Origin.Key, Origin> merged = new LinkedHashMap<>(origins);
        other.origins.forEach(merged::putIfAbsent);
        return merged.size() == origins.size() ? this : new Origins(merged);
    }

    /**
     * What is left once only the results of actions that failed are kept: a source action that failed returned an
     * error, not its secret, so only what came from no action (parameters, app settings) remains.
     */
    Origins ofFailedResults() {
        return filter(o -> o.node() != null && o.kind().isNode() ? null : o);
    }

    Origins read(String property) {
        return filter(o -> o.read(property));
    }

    Origins under(String key) {
        return filter(o -> o.under(key));
    }

    Origins through(Step step) {
        return filter(o -> o.through(step));
    }

    Origins along(Step step) {
        return filter(o -> o.along(step));
    }

    Origins viaHidden(boolean hidden) {
        return filter(o -> o.viaHidden(hidden));
    }

    Origins withoutReferences() {
        return filter(o -> o.carries() == Origin.Carries.SECRET_REFERENCE ? null : o);
    }

    boolean carriesReference() {
        return origins.values().stream().anyMatch(o -> o.carries() == Origin.Carries.SECRET_REFERENCE);
    }

    private Origins filter(UnaryOperator<Origin> change) {
        if (isEmpty()) {
            return this;
        }
        Map<Origin.Key, Origin> changed = new LinkedHashMap<>();
        boolean same = true;
        for (Origin origin : origins.values()) {
            Origin next = change.apply(origin);
            same &= next == origin;
            if (next != null) {
                changed.putIfAbsent(next.key(), next);
            }
        }
        if (same) {
            return this;
        }
        return changed.isEmpty() ? NONE : new Origins(changed);
    }
}
