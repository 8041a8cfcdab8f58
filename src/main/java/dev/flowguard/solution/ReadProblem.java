package dev.flowguard.solution;

/**
 * A file that could not be read, for FG901.
 *
 * @param file the file as findings name it ({@code My.zip!Workflows/x.json}, or a path)
 * @param reason one line saying what is wrong, without any of the file's content
 * @param cause the underlying exception for debug logs, or null
 */
public record ReadProblem(String file, String reason, Throwable cause) {

    public ReadProblem(String file, String reason) {
        this(file, reason, null);
    }
}
