package dev.flowguard.rules.credential;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.NodeRole;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;

/** Words a candidate into a hit the same way for every credential rule; the secret is only ever redacted. */
final class CredentialMessages {

    private CredentialMessages() {
    }

    /** FG104's wording: the value is named by its format, the candidate's {@code what} says where it is. */
    static Hit formatHit(FlowContext context, RuleDescriptor rule, Candidate candidate, String kind) {
        String where = candidate.what().isEmpty() ? "" : " in " + candidate.what();
        return context.hit(rule, candidate.node(), candidate.pointer(), subject(context.flow(), candidate.node()) + " holds "
                + kind + where + ": " + context.redactor().redact(candidate.secret()), candidate.secret());
    }

    static String subject(Flow flow, FlowNode node) {
        if (node == null) {
            return "Flow '" + flow.name() + "'";
        }
        return (node.role() == NodeRole.TRIGGER ? "Trigger '" : "Action '") + node.name() + "' of flow '" + flow.name() + "'";
    }

    static Hit hit(FlowContext context, RuleDescriptor rule, Candidate candidate) {
        String secret = context.redactor().redact(candidate.secret());
        String subject = subject(context.flow(), candidate.node());
        if (candidate.placeholder()) {
            return context.hit(rule, candidate.node(), candidate.pointer(),
                    subject + " has a placeholder " + secret + " as the " + candidate.what()
                            + "; fill it from a Secret environment variable or Key Vault, never with the real value", candidate.secret())
                    .atMost(Severity.LOW);
        }
        return context.hit(rule, candidate.node(), candidate.pointer(),
                subject + " holds a literal as the " + candidate.what() + ": " + secret, candidate.secret());
    }
}
