package dev.flowguard.solution;

import java.io.Closeable;
import java.util.List;

/**
 * An artifact opened for scanning: its contents (kept open while its flows are read), what was learnt of
 * the solution, and the files that could not be read.
 */
public record OpenArtifact(ArtifactContents contents, Solution solution, List<ReadProblem> problems)
        implements Closeable {

    public OpenArtifact {
        problems = List.copyOf(problems);
    }

    public byte[] read(FlowSource flow) throws UnreadableException {
        return contents.read(flow.entry());
    }

    /** A flow file read before, read again: not counted twice toward the artifact's size limit. */
    public byte[] readAgain(FlowSource flow) throws UnreadableException {
        return contents.readAgain(flow.entry());
    }

    @Override
    public void close() {
        contents.close();
    }
}
