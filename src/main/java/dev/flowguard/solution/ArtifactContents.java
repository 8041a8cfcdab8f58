package dev.flowguard.solution;

import java.io.Closeable;
import java.util.List;

/**
 * The files of one artifact, a packed zip or a folder, behind one interface so that solutions are read
 * the same way whichever shape they come in.
 */
public interface ArtifactContents extends Closeable {

    /** What users call this artifact: the zip's or folder's path as they gave it. */
    String displayName();

    /**
     * How findings name a file of this artifact: {@code My.zip!Workflows/x.json} for a zip, the path under
     * the folder for a folder.
     */
    String displayPath(ContentEntry entry);

    /**
     * The inverse of {@link #displayPath}: the path inside the solution, which stays the same whichever way
     * the solution is stored or named (fingerprints are built on it).
     */
    String solutionRelative(String displayPath);

    /** The entries that could be listed; refused entries are in {@link #problems()}. */
    List<ContentEntry> entries();

    /** Entries refused while listing (unsafe names, too many entries), by display path and reason. */
    List<ReadProblem> problems();

    /** Reads one entry within the artifact's limits. */
    byte[] read(ContentEntry entry) throws UnreadableException;

    /**
     * Reads again an entry {@link #read} already read within the limits: bounded by the entry's own limits, but not
     * counted again toward the artifact's total, which would refuse a file that read cleanly the first time.
     */
    default byte[] readAgain(ContentEntry entry) throws UnreadableException {
        return read(entry);
    }

    @Override
    void close();
}
