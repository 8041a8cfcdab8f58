package dev.flowguard.rules.exposure;

import java.util.regex.Pattern;

/** Whether a name (an environment variable's, a parameter's) says it holds a secret. */
final class SecretNames {

    private static final Pattern SECRET = Pattern.compile(
            "(?i)(secret|password|passwd|pwd|api[-_ ]?key|access[-_ ]?key|private[-_ ]?key|token|credential"
                    + "|connection[-_ ]?string)");

    /** Names about a secret without being one: where to send it, whose it is, what kind it is. */
    private static final Pattern NOT_THE_SECRET = Pattern.compile(
            "(?i)(url|uri|endpoint|audience|authority|tenant|client[-_ ]?id|app[-_ ]?id|name|type|expir|length|"
                    + "lifetime|scope)");

    private SecretNames() {
    }

    static boolean looksSecret(String name) {
        return name != null && SECRET.matcher(name).find() && !NOT_THE_SECRET.matcher(name).find();
    }
}
