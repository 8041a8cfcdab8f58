package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One loose file (a flow definition or a deployment settings file) seen as an artifact of one entry. */
public final class SingleFileContents implements ArtifactContents {

    private final Path file;
    private final String displayName;
    private final ReadLimits limits;
    private final ContentEntry entry;

    public SingleFileContents(Path file, String displayName, ReadLimits limits) {
        this.file = file;
        this.displayName = displayName;
        this.limits = limits;
        this.entry = new ContentEntry(file.getFileName().toString(), -1);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String displayPath(ContentEntry ignored) {
        return displayName;
    }

    @Override
    public String solutionRelative(String displayPath) {
        return entry.path();
    }

    @Override
    public List<ContentEntry> entries() {
        return List.of(entry);
    }

    @Override
    public List<ReadProblem> problems() {
        return List.of();
    }

    @Override
    public byte[] read(ContentEntry ignored) throws UnreadableException {
        try (InputStream in = Files.newInputStream(file)) {
            return BoundedReader.readAtMost(in, limits.maxEntryBytes(),
                    "larger than the per-file size limit of " + limits.maxEntryBytes() + " bytes");
        } catch (IOException e) {
            throw new UnreadableException("cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
