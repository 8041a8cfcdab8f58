package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A packed solution, read in place: entries are inflated into memory one at a time, within the limits,
 * and nothing is ever extracted to disk.
 */
public final class ZipContents extends ListedContents {

    /** Below this an entry is never refused for its compression ratio: tiny files compress oddly. */
    private static final long RATIO_FLOOR_BYTES = 1024L * 1024;

    private final ZipFile zip;
    private long totalRead;

    private ZipContents(ZipFile zip, String displayName, ReadLimits limits) {
        super(displayName, "!", limits);
        this.zip = zip;
        list();
    }

    public static ZipContents open(Path file, String displayName, ReadLimits limits) throws UnreadableException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new UnreadableException("not a readable zip (" + describe(e) + ")", e);
        } catch (IOException e) {
            throw new UnreadableException("cannot open: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipFile rejects entry names it cannot decode with IAE ("MALFORMED")
            throw new UnreadableException("not a readable zip (malformed entry names)", e);
        }
        try {
            return new ZipContents(zip, displayName, limits);
        } catch (RuntimeException e) {
            // names are decoded while listing; a zip that fails there must not keep its file handle open
            closeQuietly(zip);
            throw new UnreadableException("not a readable zip (malformed entry names)", e);
        }
    }

    private static String describe(ZipException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("END header")) {
            return "truncated or not a zip: no end of central directory";
        }
        if (message.contains("encrypted")) {
            return "encrypted (password-protected) entries are not supported; export the solution again";
        }
        return message.isEmpty() ? "corrupt" : message;
    }

    private void list() {
        // two entries of one name (in any case) refuse that name: which copy the platform imports is
        // not knowable, so checking either one could pass a flow that is never the one deployed
        Map<String, List<ZipEntry>> byLowerName = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        int count = 0;
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (++count > limits.maxEntries()) {
                problems.add(new ReadProblem(displayName, "more than " + limits.maxEntries()
                        + " entries; the rest were not read (entry count limit)"));
                break;
            }
            String name = EntryNames.normalize(entry.getName());
            String unsafe = EntryNames.unsafeReason(name);
            if (unsafe != null) {
                problems.add(new ReadProblem(located(name), unsafe));
                continue;
            }
            byLowerName.computeIfAbsent(EntryNames.lower(name), k -> new ArrayList<>()).add(entry);
        }
        for (List<ZipEntry> named : byLowerName.values()) {
            String name = EntryNames.normalize(named.get(0).getName());
            if (named.size() > 1) {
                problems.add(new ReadProblem(located(name), "duplicate entry refused (the zip names this file "
                        + named.size() + " times; which copy is imported cannot be known)"));
            } else {
                entries.add(new ContentEntry(name, named.get(0).getSize()));
            }
        }
    }







    @Override
    public byte[] read(ContentEntry wanted) throws UnreadableException {
        return read(wanted, true);
    }

    @Override
    public byte[] readAgain(ContentEntry wanted) throws UnreadableException {
        return read(wanted, false);
    }

    private byte[] read(ContentEntry wanted, boolean counted) throws UnreadableException {
        ZipEntry entry = findEntry(wanted.path());
        if (entry == null) {
            throw new UnreadableException("entry disappeared from the zip");
        }
        Bound bound = boundFor(entry, counted);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = BoundedReader.readAtMost(in, bound.bytes(), bound.refusal(), entry.getSize());
            totalRead += counted ? bytes.length : 0;
            return bytes;
        } catch (UnreadableException e) {
            // what was inflated before the refusal counts too: else many bombs, each stopped at its
            // limit, would cost time without end
            totalRead += counted ? bound.bytes() : 0;
            throw e;
        } catch (ZipException e) {
            throw new UnreadableException("corrupt zip entry (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadableException("cannot inflate: " + e.getMessage(), e);
        }
    }

    /** A byte limit and the one-line reason given when an entry goes past it. */
    private record Bound(long bytes, String refusal) {

        Bound tighter(long otherBytes, String otherRefusal) {
            return otherBytes < bytes ? new Bound(otherBytes, otherRefusal) : this;
        }
    }

    /** The least of the limits that apply to this entry; the total's only to a first read. */
    private Bound boundFor(ZipEntry entry, boolean counted) {
        Bound bound = new Bound(limits.maxEntryBytes(),
                "larger than the per-entry inflated size limit of " + limits.maxEntryBytes() + " bytes");
        if (counted) {
            long remaining = Math.max(0, limits.maxTotalBytes() - totalRead);
            bound = bound.tighter(remaining, "over the total inflated size limit of " + limits.maxTotalBytes()
                    + " bytes for the whole zip");
        }
        long compressed = entry.getCompressedSize();
        if (compressed >= 0 && compressed < Long.MAX_VALUE / limits.maxCompressionRatio()) {
            bound = bound.tighter(Math.max(RATIO_FLOOR_BYTES, compressed * limits.maxCompressionRatio()),
                    "inflates more than " + limits.maxCompressionRatio() + " times its compressed size of "
                            + compressed + " bytes (compression ratio limit; a zip bomb?)");
        }
        if (entry.getSize() >= 0) {
            // the central directory states each entry's size; inflating past it means the zip lies
            bound = bound.tighter(entry.getSize(), "inflates beyond the " + entry.getSize()
                    + " bytes its zip entry declares (corrupt, or a zip bomb)");
        }
        return bound;
    }

    private ZipEntry findEntry(String path) {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null && path.indexOf('/') >= 0) {
            entry = zip.getEntry(path.replace('/', '\\'));
        }
        return entry;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only zip loses nothing
        }
    }
}
