package dev.flowguard.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, in one place: the stable id users configure and suppress by, its short name,
 * the default severity, one line on what it finds and one on how to fix it.
 */
public record RuleDescriptor(String id, String name, Severity defaultSeverity, String summary, String remediation) {

    private static final Pattern ID = Pattern.compile("FG\\d{3}");

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like FG123: " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(remediation, "remediation");
    }

    /** The page in this repository's docs/rules that explains this rule; reports link it only through docsUrl. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
