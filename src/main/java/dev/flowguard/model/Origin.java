package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.knowledge.OriginKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One place a value comes from, and the way it came: what the value model's data flow labels each string with.
 *
 * @param source the action or parameter named as the origin ({@code Get_secret}, {@code parameters('key')}'s name)
 * @param node the trigger or action the value comes out of, or null for a parameter, an app setting, a function
 * @param carries whether the value is the secret, only a handle to it, or data that is no secret
 * @param fields where in the value the secret sits, as paths of property names at any depth: empty when the value
 *     is it (or holds it somewhere unknown); else the ways to it ({@code [value]} of a Key Vault read,
 *     {@code [data, session, accessToken]} of a login's answer), so that reading a sibling ({@code id},
 *     {@code data/user}) does not carry it. Only secrets are narrowed: data stays data whatever part of it is read.
 * @param path the steps from the origin on, the origin first
 * @param viaHiddenOutputs read straight from an action whose outputs the runtime hides, which hides the reader's
 *     inputs too
 */
public record Origin(OriginKind kind, String source, FlowNode node, Carries carries, Set<List<String>> fields,
        List<Step> path,
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
        fields = fields.isEmpty() || fields.stream().anyMatch(List::isEmpty) ? Set.of() : Set.copyOf(fields);
        path = List.copyOf(path);
    }

    public static Origin secret(OriginKind kind, String source, FlowNode node, Set<List<String>> fields, Step at) {
        return new Origin(kind, source, node, Carries.SECRET, fields, List.of(at), false);
    }

    /** The paths to fields named {@code names} at the top of a value ({@code value}, {@code access_token}). */
    public static Set<List<String>> topLevel(Set<String> names) {
        Set<List<String>> paths = new HashSet<>();
        for (String name : names) {
            paths.add(path(List.of(name)));
        }
        return paths;
    }

    /** A path as origins keep it: each {@code /}-separated part its own step, in lower case. */
    public static List<String> path(List<String> names) {
        List<String> parts = new ArrayList<>(names.size());
        for (String name : names) {
            for (String part : name.split("/")) {
                if (!part.isEmpty()) {
                    parts.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(parts);
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
    record Key(OriginKind kind, String source, Carries carries, Set<List<String>> fields, boolean viaHiddenOutputs) {
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
        Set<List<String>> left = fields;
        for (String part : name.split("/")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (STRUCTURAL.contains(lower) || isIndex(lower)) {
                // outputs, body, an array's element: the secret is still there, as far in
                continue;
            }
            Set<List<String>> next = new HashSet<>();
            for (List<String> way : left) {
                if (way.get(0).equals(lower)) {
                    if (way.size() == 1) {
                        return new Origin(kind, source, node, carries, Set.of(), path, viaHiddenOutputs);
                    }
                    next.add(way.subList(1, way.size()));
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            left = next;
        }
        return left == fields ? this : new Origin(kind, source, node, carries, left, path, viaHiddenOutputs);
    }

    /** The origin once the value is put under property {@code key} of a new object. */
    Origin under(String key) {
        if (carries == Carries.VALUE) {
            return this;
        }
        List<String> at = path(List.of(key));
        Set<List<String>> extended = new HashSet<>();
        if (fields.isEmpty()) {
            extended.add(at);
        }
        for (List<String> way : fields) {
            List<String> longer = new ArrayList<>(at);
            longer.addAll(way);
            extended.add(List.copyOf(longer));
        }
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

    /**
     * The path as reports show it: the same steps, the first (the source) saying what appears there, a Key Vault
     * secret or the trigger's input, for the step's message.
     */
    public List<Step> way() {
        List<Step> way = new ArrayList<>(path);
        way.set(0, path.get(0).from(kind));
        return List.copyOf(way);
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
