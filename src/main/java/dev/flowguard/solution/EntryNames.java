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
        return null;
    }

    static String lower(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
