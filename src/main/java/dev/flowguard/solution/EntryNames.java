package dev.flowguard.solution;

import java.util.Locale;

/** Checks entry names so that no entry can name a place outside its artifact. */
final class EntryNames {

    private EntryNames() {
    }

    /** Some packers write {@code \}; the platform treats it as a separator, so do we. */
    static String normalize(String name) {
        return name.replace('\\', '/');
    }

    /** Why a name is unsafe, or null when it is fine. */
    static String unsafeReason(String normalized) {
        if (normalized.startsWith("/") || (normalized.length() > 1 && normalized.charAt(1) == ':')) {
            return "absolute entry name refused";
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                return "entry name with '..' refused (path traversal)";
            }
        }
        if (normalized.indexOf('\0') >= 0) {
            return "entry name with a NUL character refused";
        }
        if (normalized.chars().anyMatch(Character::isISOControl)) {
            return "entry name with control characters refused";
        }
        return null;
    }

    /**
     * A name as logs and reports may show it: control characters (a newline could forge a log line, an
     * escape sequence could rewrite the terminal) become {@code ?}, so each finding stays one line.
     */
    static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }

    static String lower(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
