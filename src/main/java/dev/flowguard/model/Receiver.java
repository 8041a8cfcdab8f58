package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import java.util.List;

/**
 * A trigger or action whose evaluated inputs carry a secret.
 *
 * @param sites the strings that carry one, minus those run history never shows, in file order
 * @param hiddenByUpstream every secret comes straight from an action whose outputs the runtime hides, which makes
 *     the runtime hide this action's inputs too
 */
public record Receiver(FlowNode node, List<SecretSite> sites, boolean hiddenByUpstream) {

    /** One string of the receiver and the secrets that reach it. */
    public record SecretSite(Site site, String relativePointer, Origins origins) {
    }

    public Receiver {
        sites = List.copyOf(sites);
    }

    /** All the secrets, shortest paths first. */
    public List<Origin> origins() {
        Origins all = Origins.NONE;
        for (SecretSite site : sites) {
            all = all.union(site.origins());
        }
        return all.ordered();
    }
}
