package dev.flowguard.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Logic Apps Standard workflow reads from its app settings with {@code appsetting('…')}: a setting named
 * like a secret holds one (its value lives in the app's configuration or a Key Vault reference, which is right),
 * and run history shows it wherever an action without Secure inputs receives it.
 */
public final class AppSettings {

    private static final Pattern READ = Pattern.compile("(?i)\\bappsetting\\(\\s*'([^']+)'\\s*\\)");

    private AppSettings() {
    }

    /** The secret-named settings {@code text} reads. */
    public static List<String> secretReads(String text) {
        List<String> settings = new ArrayList<>(0);
        Matcher matcher = READ.matcher(text);
        while (matcher.find()) {
            if (SecretNames.isSecret(matcher.group(1))) {
                settings.add(matcher.group(1));
            }
        }
        return settings;
    }
}
