package dev.flowguard.check;

/**
 * The check could not run as asked: the configuration is wrong, or a file could not be read or written.
 * The message is the one line a user sees, naming the setting or the file and what is wrong; it never holds
 * a scanned value.
 */
public final class CheckException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which of the two it is: the build tool shows both as errors, but tests and callers may tell them apart. */
    public enum Kind {
        CONFIGURATION,
        IO
    }

    private final Kind kind;

    public CheckException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CheckException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    static CheckException misconfigured(String message) {
        return new CheckException(Kind.CONFIGURATION, message);
    }

    public Kind kind() {
        return kind;
    }
}
