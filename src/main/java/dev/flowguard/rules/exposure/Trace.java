package dev.flowguard.rules.exposure;

import dev.flowguard.knowledge.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One secret reaching a value, and the way it came.
 *
 * @param fields where in the value the secret sits: empty when the value is the secret (or holds it
 *     somewhere unknown); else the property names that hold it ({@code value} of a Key Vault read), so that
 *     reading a sibling property ({@code id}) does not carry it
 * @param path the actions (and variables' setters) the secret went through, source first
 * @param viaHiddenOutputs true when the value was read directly from an action whose outputs the runtime
 *     hides; the runtime then hides the reading action's inputs too
 */
public record Trace(SecretSource source, Label label, Set<String> fields, List<String> path, boolean viaHiddenOutputs) {

    /** What flows: the secret itself, or only a handle that lets a later action read it. */
    public enum Label {
        SECRET,
        /** The id of a secret environment variable's definition: reading values by it yields the secret. */
        SECRET_REFERENCE
    }

    private static final Set<String> STRUCTURAL = Set.of("body", "value", "outputs", "*");

    public Trace {
        fields = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        path = List.copyOf(path);
    }

    public static Trace at(SecretSource source, Label label, Set<String> fields) {
        return new Trace(source, label, fields, List.of(source.label()), false);
    }

    /** What identifies a trace for the fixpoint: not its path, so loops cannot grow paths forever. */
    record Key(SourceKind kind, String source, Label label, Set<String> fields, boolean viaHiddenOutputs) {
    }

    Key key() {
        return new Key(source.kind(), source.name(), label, fields, viaHiddenOutputs);
    }

    /**
     * The trace after reading property {@code name} of the value (a {@code /}-separated path such as
     * {@code body/value} reads each part), or null when the secret is not under that property.
     */
    Trace read(String name) {
        if (fields.isEmpty()) {
            return this;
        }
        for (String part : name.split("/")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (fields.contains(lower)) {
                return new Trace(source, label, Set.of(), path, viaHiddenOutputs);
            }
            if (!STRUCTURAL.contains(lower) && !isIndex(lower)) {
                return null;
            }
        }
        return this;
    }

    /** The trace once the value is put under property {@code key} of a new object. */
    Trace under(String key) {
        Set<String> extended = new HashSet<>(fields);
        extended.add(key);
        return new Trace(source, label, extended, path, viaHiddenOutputs);
    }

    /** The trace as stored in {@code node}'s outputs or a variable it sets. */
    Trace through(String node) {
        List<String> extended = path;
        if (!path.get(path.size() - 1).equals(node)) {
            extended = new ArrayList<>(path);
            extended.add(node);
        }
        return new Trace(source, label, fields, extended, false);
    }

    Trace viaHidden(boolean hidden) {
        return hidden == viaHiddenOutputs ? this : new Trace(source, label, fields, path, hidden);
    }

    /** {@code Get_secret → Compose_token → Call_API}, ending at {@code consumer}. */
    public String describe(String consumer) {
        List<String> names = new ArrayList<>(path);
        if (!names.get(names.size() - 1).equals(consumer)) {
            names.add(consumer);
        }
        return String.join(" → ", names);
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
