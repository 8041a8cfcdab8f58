package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A packed solution, read in place: entries are inflated into memory one at a time, within the limits,
 * and nothing is ever extracted to disk.
 */
public final class ZipContents implements ArtifactContents {

    private final ZipFile zip;
    private final String displayName;
    private final ReadLimits limits;
    private final List<ContentEntry> entries = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private long totalRead;

    private ZipContents(ZipFile zip, String displayName, ReadLimits limits) {
        this.zip = zip;
        this.displayName = displayName;
        this.limits = limits;
        list();
    }

    public static ZipContents open(Path file, String displayName, ReadLimits limits) throws UnreadableException {
        try {
            return new ZipContents(new ZipFile(file.toFile()), displayName, limits);
        } catch (ZipException e) {
            throw new UnreadableException("not a readable zip (" + describe(e) + ")", e);
        } catch (IOException e) {
            throw new UnreadableException("cannot open: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipFile rejects entry names it cannot decode with IAE ("MALFORMED")
            throw new UnreadableException("not a readable zip (malformed entry names)", e);
        }
    }

    private static String describe(ZipException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("END header")) {
            return "truncated or not a zip: no end of central directory";
        }
        return message.isEmpty() ? "corrupt" : message;
    }

    private void list() {
        Set<String> seen = new HashSet<>();
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
                return;
            }
            String name = EntryNames.normalize(entry.getName());
            String unsafe = EntryNames.unsafeReason(name);
            if (unsafe != null) {
                problems.add(new ReadProblem(displayName + "!" + name, unsafe));
                continue;
            }
            if (!seen.add(EntryNames.lower(name))) {
                problems.add(new ReadProblem(displayName + "!" + name,
                        "duplicate entry refused (the zip names this file twice)"));
                continue;
            }
            entries.add(new ContentEntry(name, entry.getSize()));
        }
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String displayPath(ContentEntry entry) {
        return displayName + "!" + entry.path();
    }

    @Override
    public List<ContentEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public List<ReadProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public byte[] read(ContentEntry wanted) throws UnreadableException {
        ZipEntry entry = findEntry(wanted.path());
        if (entry == null) {
            throw new UnreadableException("entry disappeared from the zip");
        }
        long remaining = limits.maxTotalBytes() - totalRead;
        long limit = Math.min(limits.maxEntryBytes(), Math.max(0, remaining));
        long compressed = entry.getCompressedSize();
        if (compressed > 0 && compressed < Long.MAX_VALUE / limits.maxCompressionRatio()) {
            // a zip bomb inflates far beyond any real JSON or XML; stop at the ratio, not at the size limit
            limit = Math.min(limit, Math.max(1024L * 1024, compressed * limits.maxCompressionRatio()));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = BoundedReader.readAtMost(in, limit, limitName(limit, remaining, compressed), entry.getSize());
            totalRead += bytes.length;
            return bytes;
        } catch (ZipException e) {
            throw new UnreadableException("corrupt zip entry (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadableException("cannot inflate: " + e.getMessage(), e);
        }
    }

    private String limitName(long limit, long remaining, long compressed) {
        if (limit == remaining && remaining < limits.maxEntryBytes()) {
            return "total inflated size";
        }
        if (limit < limits.maxEntryBytes() && compressed > 0) {
            return "compression ratio (" + limits.maxCompressionRatio() + ":1)";
        }
        return "per-entry inflated size";
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
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only zip loses nothing
        }
    }
}
