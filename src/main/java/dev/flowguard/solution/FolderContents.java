package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * An unpacked solution or a folder of flows. Symbolic links are followed only when they stay inside the
 * folder, so a scanned folder cannot make flowguard read files elsewhere.
 */
public final class FolderContents implements ArtifactContents {

    private final Path root;
    private final Path realRoot;
    private final String displayName;
    private final ReadLimits limits;
    private final List<ContentEntry> entries = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private long totalRead;

    public FolderContents(Path root, String displayName, ReadLimits limits) throws UnreadableException {
        this.root = root;
        this.displayName = displayName;
        this.limits = limits;
        try {
            this.realRoot = root.toRealPath();
            list();
        } catch (IOException e) {
            throw new UnreadableException("cannot list folder: " + e.getMessage(), e);
        }
    }

    private void list() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(file);
                if (attrs.isSymbolicLink() && !staysInside(file)) {
                    problems.add(new ReadProblem(relative, "symbolic link pointing outside the scanned folder refused"));
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
                problems.add(new ReadProblem(relative(file), "cannot read: " + e.getClass().getSimpleName()));
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
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String displayPath(ContentEntry entry) {
        return entry.path();
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
    public byte[] read(ContentEntry entry) throws UnreadableException {
        Path file = root.resolve(entry.path());
        long limit = Math.min(limits.maxEntryBytes(), Math.max(0, limits.maxTotalBytes() - totalRead));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = BoundedReader.readAtMost(in, limit,
                    limit < limits.maxEntryBytes() ? "total size" : "per-file size", entry.declaredSize());
            totalRead += bytes.length;
            return bytes;
        } catch (IOException e) {
            throw new UnreadableException("cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // a folder holds no open handles between reads
    }
}
