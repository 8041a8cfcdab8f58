package dev.flowguard.rules.exposure;

import dev.flowguard.model.Origin;
import dev.flowguard.model.Receiver;
import java.util.List;

/** Message parts the FG30x rules share. */
final class ExposureRules {

    private ExposureRules() {
    }

    /** {@code Get_secret → Compose_token → Call_API (inputs/headers/x-api-key) [a Key Vault secret]}, and the others. */
    static String paths(Receiver receiver) {
        return paths(receiver, receiver.origins());
    }

    /** Only the ways that leave the secret visible: those not read straight from hidden outputs. */
    static String visiblePaths(Receiver receiver) {
        return paths(receiver, visible(receiver));
    }

    /** The way a message names first: a visible one when there is one. */
    static Origin shown(Receiver receiver) {
        return visible(receiver).get(0);
    }

    private static List<Origin> visible(Receiver receiver) {
        List<Origin> visible = receiver.origins().stream().filter(o -> !o.viaHiddenOutputs()).toList();
        return visible.isEmpty() ? receiver.origins() : visible;
    }

    private static String paths(Receiver receiver, List<Origin> origins) {
        Origin first = origins.get(0);
        String name = receiver.node().name();
        String where = receiver.sites().stream()
                .filter(site -> site.origins().all().stream().anyMatch(o -> o.source().equals(first.source())
                        && o.kind() == first.kind()))
                .map(site -> site.relativePointer().substring(1))
                .findFirst().orElse("");
        String text = first.describe(name) + (where.isEmpty() ? "" : " (" + where + ")")
                + " [" + first.kind().secretDescription() + "]";
        if (origins.size() > 1) {
            text += "; and " + (origins.size() - 1) + " more: " + String.join(", ",
                    origins.subList(1, origins.size()).stream().map(o -> o.describe(name)).toList());
        }
        return text;
    }

    /** What the fingerprint hashes: the paths, stable across reformatting. */
    static String evidence(Receiver receiver) {
        return String.join("|", receiver.origins().stream().map(o -> o.describe(receiver.node().name())).toList());
    }
}
