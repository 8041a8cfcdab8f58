package dev.flowguard.solution;

/**
 * Bounds on what one artifact may make flowguard read, so a hostile or broken file costs bounded
 * time and memory. A file over a limit is refused with FG901; the rest of the solution is still read.
 */
public record ReadLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        int maxJsonNesting,
        int maxStringLength) {

    /** Far above the largest real solutions (CoE Core: ~3 000 entries, flows under 1 MB). */
    public static final ReadLimits DEFAULTS = new ReadLimits(
            50_000, 64L * 1024 * 1024, 1024L * 1024 * 1024, 1_000, 400, 16 * 1024 * 1024);

    public ReadLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0
                || maxJsonNesting <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
