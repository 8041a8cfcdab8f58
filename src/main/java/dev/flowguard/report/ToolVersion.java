package dev.flowguard.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** flowguard's own version, as the build stamped it, for reports. */
public final class ToolVersion {

    public static final String NAME = "flowguard";

    private ToolVersion() {
    }

    public static String version() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/flowguard/flowguard.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
