package dev.flowguard.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps what the goal printed, by level, for assertions. */
final class CapturingLog implements Log {

    record Entry(String level, String text, Throwable cause) {
    }

    final List<Entry> entries = new ArrayList<>();
    private final boolean debug;

    CapturingLog(boolean debug) {
        this.debug = debug;
    }

    List<String> lines(String level) {
        return entries.stream().filter(e -> e.level().equals(level)).map(Entry::text).toList();
    }

    String all() {
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(e.level()).append(' ').append(e.text()).append('\n'));
        return text.toString();
    }

    private void add(String level, CharSequence text, Throwable cause) {
        entries.add(new Entry(level, text == null ? "" : text.toString(), cause));
    }

    @Override public boolean isDebugEnabled() { return debug; }
    @Override public void debug(CharSequence content) { add("DEBUG", content, null); }
    @Override public void debug(CharSequence content, Throwable error) { add("DEBUG", content, error); }
    @Override public void debug(Throwable error) { add("DEBUG", "", error); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("INFO", content, null); }
    @Override public void info(CharSequence content, Throwable error) { add("INFO", content, error); }
    @Override public void info(Throwable error) { add("INFO", "", error); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("WARN", content, null); }
    @Override public void warn(CharSequence content, Throwable error) { add("WARN", content, error); }
    @Override public void warn(Throwable error) { add("WARN", "", error); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("ERROR", content, null); }
    @Override public void error(CharSequence content, Throwable error) { add("ERROR", content, error); }
    @Override public void error(Throwable error) { add("ERROR", "", error); }
}
