package dev.flowguard.scan;

/** Where the engine tells what it does, without knowing about Maven's log. */
public interface ScanListener {

    ScanListener SILENT = new ScanListener() {
    };

    /** Progress worth a line at the default log level. */
    default void info(String message) {
    }

    /** Detail for {@code -X}, such as the exception behind an FG901. */
    default void debug(String message, Throwable cause) {
    }
}
