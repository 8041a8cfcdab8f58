package dev.flowguard.solution;

/**
 * A file that cannot be read, with a one-line reason a user can act on. The message never holds file
 * content, so it cannot leak a secret; the cause is kept for debug logging.
 */
public class UnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
