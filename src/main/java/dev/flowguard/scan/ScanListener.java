package dev.flowguard.scan;

/** Where the engine tells what it does, without knowing about Maven's log. */
public interface ScanListener {

    ScanListener SILENT = new ScanListener() {
    };

    /**
     * An artifact was read and its flows checked; called on the scanning thread, in scan order.
     *
     * @param displayName the artifact as findings name it
     * @param flows how many flows it held: cloud flows and Logic Apps workflows
     * @param workflows how many of those are Logic Apps workflows
     */
    default void artifactScanned(String displayName, int flows, int workflows) {
    }

    /** Detail for {@code -X}, such as the exception behind an FG901. */
    default void debug(String message, Throwable cause) {
    }
}
