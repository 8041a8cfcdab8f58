package dev.flowguard.rules;

/**
 * FG901. The engine itself reports files it cannot read; this rule only carries the metadata, so that
 * FG901 is configured, documented and reported like every other rule.
 */
public final class UnreadableArtifactRule implements Rule {

    public static final String ID = "FG901";

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "unreadable-artifact", Severity.HIGH,
            "A solution, flow or settings file that could not be read; flowguard could not check it.",
            "Fix or re-export the file named in the message; a file flowguard cannot read is a file nobody checked.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
