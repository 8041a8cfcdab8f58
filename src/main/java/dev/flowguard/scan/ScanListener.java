package dev.flowguard.scan;

/** Where the engine tells what it does, without knowing about Maven's log. */
public interface ScanListener {

    ScanListener SILENT = new ScanListener() {
    };

    /**
     * An artifact was read and its flows checked; called on the scanning thread, in scan order.
     *
     * @param displayName the artifact as findings name it
     * @param flows how many cloud flows it held
     */
    default void artifactScanned(String displayName, int flows) {
    }

    /** Detail for {@code -X}, such as the exception behind an FG901. */
    default void debug(String message, Throwable cause) {
    }
}
