package dev.flowguard.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * flowguard's own name and version, as the build stamped them into {@code flowguard.properties} from the pom.
 * It knows no web address: no report depends on one (rule pages travel inside the plugin, see
 * {@link RuleDocs}; a team that hosts them says where with {@code docsUrl}).
 */
public final class About {

    public static final String NAME = "flowguard";

    private static final Map<String, String> STAMPED = load();

    private About() {
    }

    /** The plugin's version, {@code unknown} when run from classes the build did not stamp. */
    public static String version() {
        return STAMPED.getOrDefault("version", "unknown");
    }

    /** How log lines start: {@code flowguard}, or {@code flowguard [module]} so lines of a parallel build say whose they are. */
    public static String logPrefix(String project) {
        return project == null ? NAME : NAME + " [" + project + "]";
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = About.class.getResourceAsStream("/dev/flowguard/flowguard.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("flowguard.properties is in flowguard's own jar and must be readable", e);
        }
        Map<String, String> stamped = new HashMap<>();
        // unfiltered (run from an IDE without the build's resources step): fall back to the defaults above
        properties.forEach((key, value) -> {
            if (!value.toString().contains("${")) {
                stamped.put(key.toString(), value.toString());
            }
        });
        return Map.copyOf(stamped);
    }
}
