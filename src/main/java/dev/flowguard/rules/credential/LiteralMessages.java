package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;

/** Words a literal credential into a hit the same way for every literal rule; the engine redacts the secret. */
final class LiteralMessages {

    private LiteralMessages() {
    }

    static Hit hit(FlowContext context, RuleDescriptor rule, LiteralCredentials.Candidate candidate) {
        String subject = Subjects.of(context.flow(), candidate.node());
        if (candidate.placeholder()) {
            return context.hit(rule, candidate.node(), candidate.pointer(), subject + " has a placeholder " + Hit.SECRET
                            + " as the " + candidate.what()
                            + "; fill it from a Secret environment variable or Key Vault, never with the real value")
                    .withSecret(candidate.secret()).atMost(Severity.LOW);
        }
        return context.hit(rule, candidate.node(), candidate.pointer(),
                subject + " holds a literal as the " + candidate.what() + ": " + Hit.SECRET).withSecret(candidate.secret());
    }

    /** FG104's wording: the value is named by its format, and where it sits. */
    static Hit formatHit(FlowContext context, RuleDescriptor rule, LiteralCredentials.Candidate candidate) {
        String where = candidate.where().isEmpty() ? "" : " in " + candidate.where();
        return context.hit(rule, candidate.node(), candidate.pointer(), Subjects.of(context.flow(), candidate.node())
                + " holds " + candidate.what() + where + ": " + Hit.SECRET).withSecret(candidate.secret());
    }
}
