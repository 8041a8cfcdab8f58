package dev.flowguard.rules.exposure;

import dev.flowguard.flow.FlowNode;
import java.util.List;

/**
 * What {@link ExposureAnalysis} found in one flow: where secrets enter, which actions receive them, and
 * which strings it could not read.
 *
 * @param sources every source: actions, parameters and literal credentials
 * @param receivers the actions whose evaluated fields carry a secret, in flow order
 * @param unparsed strings in actions that hold an expression the parser could not read
 */
public record Exposure(List<SecretSource> sources, List<Receiver> receivers, List<Unparsed> unparsed) {

    public Exposure {
        sources = List.copyOf(sources);
        receivers = List.copyOf(receivers);
        unparsed = List.copyOf(unparsed);
    }

    /** A string holding a secret, at a pointer from the flow file's root. */
    public record TaintedSite(String jsonPointer, String relativePointer, Taint taint) {
    }

    /**
     * An action whose inputs carry secrets.
     *
     * @param sites the strings that carry them, minus those run history never shows
     * @param hiddenByUpstream true when every secret comes straight from an action whose outputs the runtime
     *     hides, which makes the runtime hide this action's inputs too
     */
    public record Receiver(FlowNode node, List<TaintedSite> sites, boolean hiddenByUpstream) {

        public Receiver {
            sites = List.copyOf(sites);
        }

        /** All the secrets, shortest paths first. */
        public List<Trace> traces() {
            Taint all = Taint.NONE;
            for (TaintedSite site : sites) {
                all = all.union(site.taint());
            }
            return all.ordered();
        }
    }

    public record Unparsed(FlowNode node, String jsonPointer, String problem) {
    }
}
