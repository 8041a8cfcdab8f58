package dev.flowguard.solution;

/**
 * A file inside an artifact.
 *
 * @param path the path from the artifact's root, {@code /}-separated, as written in the artifact
 * @param declaredSize the uncompressed size the artifact claims, or -1 when unknown
 */
public record ContentEntry(String path, long declaredSize) {

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The folder part, without a trailing slash; empty at the root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
