package dev.flowguard.check;

import java.nio.file.Path;

/**
 * What {@code baseline} did.
 *
 * @param file the baseline file written, or null when none was
 * @param entries how many findings it accepts
 * @param flows how many cloud flows were checked to make it
 */
public record BaselineResult(Status status, Path file, int entries, int flows) {

    /** Whether a baseline was written, and if not, why. */
    public enum Status {
        WRITTEN,
        /** A parent project with modules and no solution of its own. */
        NOTHING_OF_ITS_OWN,
        /** No cloud flow was found and {@code failIfNoFlows} is set: an empty baseline would accept nothing by mistake. */
        NO_FLOWS
    }
}
