package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/** FG102: a literal credential in an Authorization, api-key, Ocp-Apim-Subscription-Key or similar header. */
public final class HardcodedSecretInHeaderRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG102", "hardcoded-secret-in-header",
            Severity.CRITICAL,
            "A literal credential in a request header such as Authorization, api-key, x-api-key or Ocp-Apim-Subscription-Key.",
            Remediation.KEY_VAULT);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (LiteralCredentials.Candidate candidate : LiteralCredentials.of(context, Claim.HEADER)) {
            report.accept(LiteralMessages.hit(context, DESCRIPTOR, candidate));
        }
    }
}
