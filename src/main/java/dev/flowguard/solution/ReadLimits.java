package dev.flowguard.solution;

/**
 * Bounds on what one artifact may make flowguard read, so a hostile or broken file costs bounded
 * time and memory. A file over a limit is refused with FG901; the rest of the solution is still read.
 *
 * @param maxCompressionRatio how much larger than its compressed size a zip entry may inflate (entries
 *     under 1 MiB are never refused for their ratio)
 * @param maxJsonTokens how many JSON tokens one file may hold: a file of millions of tiny values
 *     ({@code [{},{},…]}) would otherwise make a tree many times its own size
 */
public record ReadLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        int maxJsonNesting,
        int maxStringLength,
        long maxJsonTokens) {

    /**
     * Far above the largest real solutions: CoE Core has ~3 000 entries, flows are under 1 MB and
     * 12 000 tokens, the highest compression ratio in the corpus is 25:1.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(
            50_000, 64L * 1024 * 1024, 1024L * 1024 * 1024, 200, 400, 16 * 1024 * 1024, 1_000_000);

    public ReadLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0
                || maxJsonNesting <= 0 || maxStringLength <= 0 || maxJsonTokens <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** The given limits with the default JSON token limit. */
    public ReadLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
            int maxJsonNesting, int maxStringLength) {
        this(maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxJsonNesting, maxStringLength, 1_000_000);
    }
}
