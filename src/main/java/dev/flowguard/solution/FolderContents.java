package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An unpacked solution or a folder of flows. Symbolic links are followed only when they stay inside the
 * folder, so a scanned folder cannot make flowguard read files elsewhere.
 */
public final class FolderContents extends ListedContents {

    private final Path realRoot;
    private long totalRead;

    public FolderContents(Path root, String displayName, ReadLimits limits) throws UnreadableException {
        super(displayName, "/", limits);
        try {
            this.realRoot = root.toRealPath();
            list();
        } catch (IOException e) {
            throw new UnreadableException("cannot list folder: " + e.getMessage(), e);
        }
    }

    private void list() throws IOException {
        // walk the real folder: a named folder that is itself a link is scanned where it points
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(file);
                if (attrs.isSymbolicLink() && !staysInside(file)) {
                    problems.add(new ReadProblem(located(relative),
                            "symbolic link pointing outside the scanned folder refused"));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                    return FileVisitResult.CONTINUE;
                }
                if (entries.size() >= limits.maxEntries()) {
                    problems.add(new ReadProblem(displayName, "more than " + limits.maxEntries()
                            + " files; the rest were not read (entry count limit)"));
                    return FileVisitResult.TERMINATE;
                }
                entries.add(new ContentEntry(relative, attrs.size()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new ReadProblem(located(relative(file)),
                        "cannot read: " + e.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort((a, b) -> a.path().compareTo(b.path()));
    }

    private boolean staysInside(Path link) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private String relative(Path file) {
        return realRoot.relativize(file).toString().replace('\\', '/');
    }






    @Override
    public byte[] read(ContentEntry entry) throws UnreadableException {
        return read(entry, true);
    }

    @Override
    public byte[] readAgain(ContentEntry entry) throws UnreadableException {
        return read(entry, false);
    }

    private byte[] read(ContentEntry entry, boolean counted) throws UnreadableException {
        Path file = inside(realRoot.resolve(entry.path()));
        long remaining = counted ? Math.max(0, limits.maxTotalBytes() - totalRead) : limits.maxEntryBytes();
        String refusal = remaining < limits.maxEntryBytes()
                ? "over the total size limit of " + limits.maxTotalBytes() + " bytes for the whole folder"
                : "larger than the per-file size limit of " + limits.maxEntryBytes() + " bytes";
        long limit = Math.min(limits.maxEntryBytes(), remaining);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = BoundedReader.readAtMost(in, limit, refusal, entry.declaredSize());
            totalRead += counted ? bytes.length : 0;
            return bytes;
        } catch (UnreadableException e) {
            totalRead += counted ? limit : 0; // read before the refusal: it counts toward the total, as in a zip
            throw e;
        } catch (IOException e) {
            throw new UnreadableException("cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Where a listed file really is, checked again when it is read: a link swapped after listing must
     * not lead outside, and only a regular file is read (a FIFO or device would block or never end).
     */
    private Path inside(Path file) throws UnreadableException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new UnreadableException("cannot read: " + e.getClass().getSimpleName(), e);
        }
        if (!real.startsWith(realRoot)) {
            throw new UnreadableException("symbolic link pointing outside the scanned folder refused");
        }
        if (!Files.isRegularFile(real)) {
            throw new UnreadableException("not a regular file");
        }
        return real;
    }

    @Override
    public void close() {
        // a folder holds no open handles between reads
    }
}
