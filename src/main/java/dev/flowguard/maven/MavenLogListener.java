package dev.flowguard.maven;

import dev.flowguard.scan.ScanListener;
import org.apache.maven.plugin.logging.Log;

/** The engine's progress and detail, into Maven's log. */
final class MavenLogListener implements ScanListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message, Throwable cause) {
        if (log.isDebugEnabled()) {
            log.debug(message, cause);
        }
    }
}
