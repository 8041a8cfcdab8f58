package dev.flowguard.report;

import java.io.IOException;
import java.io.OutputStream;

/** One report format, written from the same verdict as every other. */
public interface ReportWriter {

    /** The file name inside the output directory. */
    String fileName();

    void write(Verdict verdict, OutputStream out) throws IOException;

    /** The same format for a whole reactor, at its root: every module's findings in one file. */
    void writeReactor(ReactorVerdict reactor, OutputStream out) throws IOException;
}
