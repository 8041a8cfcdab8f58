package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.OriginKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One place a value comes from, and the way it came: what the value model's data flow labels each string with.
 *
 * @param source the action or parameter named as the origin ({@code Get_secret}, {@code parameters('key')}'s name)
 * @param node the trigger or action the value comes out of, or null for a parameter, an app setting, a function
 * @param carries whether the value is the secret, only a handle to it, or data that is no secret
 * @param fields where in the value the secret sits: empty when the value is it (or holds it somewhere unknown);
 *     else the property names that hold it ({@code value} of a Key Vault read), so that reading a sibling ({@code id})
 *     does not carry it. Only secrets are narrowed: data stays data whatever part of it is read.
 * @param path the steps from the origin on, the origin first
 * @param viaHiddenOutputs read straight from an action whose outputs the runtime hides, which hides the reader's
 *     inputs too
 */
public record Origin(OriginKind kind, String source, FlowNode node, Carries carries, Set<String> fields, List<Step> path,
        boolean viaHiddenOutputs) {

    public enum Carries {
        SECRET,
        /** The id of a secret environment variable's definition: reading values by it yields the secret. */
        SECRET_REFERENCE,
        /** Data from there, which is no secret. */
        VALUE
    }

    /** Property names that pass a value on unchanged: reading {@code body} of outputs still reads the secret. */
    private static final Set<String> STRUCTURAL = Set.of("body", "value", "outputs", "*");

    public Origin {
        fields = fields.isEmpty() ? Set.of() : fields.stream().map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        path = List.copyOf(path);
    }

    public static Origin secret(OriginKind kind, String source, FlowNode node, Set<String> fields, Step at) {
        return new Origin(kind, source, node, Carries.SECRET, fields, List.of(at), false);
    }

    public static Origin value(OriginKind kind, String source, FlowNode node, Step at) {
        return new Origin(kind, source, node, Carries.VALUE, Set.of(), List.of(at), false);
    }

    public boolean isSecret() {
        return carries == Carries.SECRET;
    }

    /** What FG201 makes of this origin. */
    public OriginKind.Store store() {
        return kind.store();
    }

    /** What identifies an origin in the data flow: not its path, so loops cannot grow paths forever. */
    record Key(OriginKind kind, String source, Carries carries, Set<String> fields, boolean viaHiddenOutputs) {
    }

    Key key() {
        return new Key(kind, source, carries, fields, viaHiddenOutputs);
    }

    /**
     * The origin after reading property {@code name} of the value (a {@code /}-separated path such as
     * {@code body/value} reads each part), or null when the secret is not under that property.
     */
    Origin read(String name) {
        if (fields.isEmpty()) {
            return this;
        }
        for (String part : name.split("/")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (fields.contains(lower)) {
                return new Origin(kind, source, node, carries, Set.of(), path, viaHiddenOutputs);
            }
            if (!STRUCTURAL.contains(lower) && !isIndex(lower)) {
                return null;
            }
        }
        return this;
    }

    /** The origin once the value is put under property {@code key} of a new object. */
    Origin under(String key) {
        if (carries == Carries.VALUE) {
            return this;
        }
        Set<String> extended = new HashSet<>(fields);
        extended.add(key);
        return new Origin(kind, source, node, carries, extended, path, viaHiddenOutputs);
    }

    /** The origin as kept by {@code step} (a variable it sets, the outputs of an action that passes it on). */
    Origin through(Step step) {
        return new Origin(kind, source, node, carries, fields, extended(step), false);
    }

    /** The origin as a Scope's result returns it: run history shows it as the action inside shows it. */
    Origin along(Step step) {
        return new Origin(kind, source, node, carries, fields, extended(step), viaHiddenOutputs);
    }

    private List<Step> extended(Step step) {
        if (path.get(path.size() - 1).label().equals(step.label())) {
            return path;
        }
        List<Step> extended = new ArrayList<>(path.size() + 1);
        extended.addAll(path);
        extended.add(step);
        return extended;
    }

    Origin viaHidden(boolean hidden) {
        return hidden == viaHiddenOutputs ? this : new Origin(kind, source, node, carries, fields, path, hidden);
    }

    /** {@code Get_secret → Compose_token → Call_API}, ending at {@code consumer}. */
    public String describe(String consumer) {
        List<String> names = new ArrayList<>(path.size() + 1);
        path.forEach(step -> names.add(step.label()));
        if (!names.get(names.size() - 1).equals(consumer)) {
            names.add(consumer);
        }
        return String.join(" → ", names);
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
