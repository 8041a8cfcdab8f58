package dev.flowguard.check;

/** Where the executor says what it does, in the order it happens; the build tool decides where that goes. */
public interface CheckLog {

    CheckLog SILENT = new CheckLog() {
    };

    default void info(String message) {
    }

    default void warn(String message) {
    }

    default void error(String message) {
    }

    /** Detail for a debug log, such as the exception behind an unreadable file. */
    default void debug(String message, Throwable cause) {
    }
}
