package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/** FG101: a literal password, client secret, certificate or raw value in an action's {@code inputs.authentication}. */
public final class HardcodedCredentialInAuthenticationRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG101", "hardcoded-credential-in-authentication",
            Severity.CRITICAL,
            "A literal password, client secret, certificate (pfx) or raw credential in an action's authentication.",
            Remediation.KEY_VAULT);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (LiteralCredentials.Candidate candidate : LiteralCredentials.of(context, Claim.AUTHENTICATION)) {
            report.accept(LiteralMessages.hit(context, DESCRIPTOR, candidate));
        }
    }
}
