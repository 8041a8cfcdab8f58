package dev.flowguard.check;

import java.nio.file.Path;
import java.util.Set;

/**
 * What {@code baseline} did.
 *
 * @param file the baseline file written (or that would have been), or null when none was
 * @param name how messages name it: from the reactor root
 * @param entries how many findings of this project it accepts
 * @param flows how many flows were checked to make it: cloud flows and Logic Apps workflows
 * @param workflows how many of those are Logic Apps workflows
 * @param fingerprints the fingerprints of this project's entries
 */
public record BaselineResult(Status status, Path file, String name, int entries, int flows, int workflows,
        Set<String> fingerprints) {

    public BaselineResult {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** Whether a baseline was written, and if not, why. */
    public enum Status {
        WRITTEN,
        /** A parent project with modules, or a module, with no solution of its own. */
        NOTHING_OF_ITS_OWN,
        /** No cloud flow was found and {@code failIfNoFlows} is set: an empty baseline would accept nothing by mistake. */
        NO_FLOWS
    }
}
