package dev.flowguard.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule pages of docs/rules, as the build bundles them into the plugin's jar: a user reads a rule's page
 * from their own build, without the network and whatever version of the docs the web shows.
 */
public final class RuleDocs {

    private static final String FOLDER = "/META-INF/flowguard/rules/";
    private static final Pattern ID = Pattern.compile("FG\\d{3}");

    private RuleDocs() {
    }

    /** The Markdown page of a rule, or empty when the id names no page. */
    public static Optional<String> page(String ruleId) {
        if (ruleId == null || !ID.matcher(ruleId).matches()) {
            return Optional.empty();
        }
        try (InputStream in = RuleDocs.class.getResourceAsStream(FOLDER + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the rule pages are in flowguard's own jar and must be readable", e);
        }
    }
}
