package dev.flowguard.rules.exposure;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.FlowView;
import java.util.List;

/** Message parts the FG30x rules share. */
final class ExposureRules {

    private ExposureRules() {
    }

    /** Computed once per flow and shared by FG301, FG302, FG303 and FG902. */
    private static final FlowView<Exposure> EXPOSURE =
            new FlowView<>("exposure", c -> ExposureAnalysis.analyze(c.flow(), c.solution(), c.strings(), c.crossFlow()));

    static Exposure analyze(FlowContext context) {
        return context.view(EXPOSURE);
    }

    static String action(FlowContext context, FlowNode node) {
        return "'" + node.name() + "' (" + node.type() + ") of flow '" + context.flow().name() + "'";
    }

    /** {@code Get_secret → Compose_token → Call_API (inputs/headers/x-api-key)}, and how many other ways. */
    static String paths(Exposure.Receiver receiver) {
        return paths(receiver, receiver.traces());
    }

    /** Only the ways that leave the secret visible: those not read straight from hidden outputs. */
    static String visiblePaths(Exposure.Receiver receiver) {
        List<Trace> visible = receiver.traces().stream().filter(t -> !t.viaHiddenOutputs()).toList();
        return paths(receiver, visible.isEmpty() ? receiver.traces() : visible);
    }

    private static String paths(Exposure.Receiver receiver, List<Trace> traces) {
        Trace first = traces.get(0);
        String where = receiver.sites().stream()
                .filter(site -> site.taint().traces().stream().anyMatch(t -> t.key().equals(first.key())))
                .map(site -> site.relativePointer().substring(1))
                .findFirst().orElse("");
        String text = first.describe(receiver.node().name()) + (where.isEmpty() ? "" : " (" + where + ")")
                + " [" + first.source().kind().description() + "]";
        if (traces.size() > 1) {
            text += "; and " + (traces.size() - 1) + " more: " + String.join(", ",
                    traces.subList(1, traces.size()).stream().map(t -> t.describe(receiver.node().name())).toList());
        }
        return text;
    }

    /** What the fingerprint hashes: the paths, stable across reformatting. */
    static String evidence(Exposure.Receiver receiver) {
        return String.join("|", receiver.traces().stream().map(t -> t.describe(receiver.node().name())).toList());
    }
}
