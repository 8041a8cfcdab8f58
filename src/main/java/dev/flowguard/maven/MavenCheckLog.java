package dev.flowguard.maven;

import dev.flowguard.check.CheckLog;
import org.apache.maven.plugin.logging.Log;

/** The executor's lines, into Maven's log; exceptions behind unreadable files only with {@code -X}. */
final class MavenCheckLog implements CheckLog {

    private final Log log;

    MavenCheckLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message, Throwable cause) {
        if (log.isDebugEnabled()) {
            log.debug(message, cause);
        }
    }
}
