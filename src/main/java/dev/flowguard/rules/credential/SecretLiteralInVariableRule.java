package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import java.util.function.Consumer;

/**
 * FG105: a literal whose name says secret: a variable, a Compose action, a connector parameter, a body field, a
 * form-encoded field or a definition parameter's default value named like a password, secret, API key or token. A
 * value another literal rule reports (in a credential slot, or in a known secret format) is left to that rule.
 */
public final class SecretLiteralInVariableRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG105", "secret-literal-in-variable", Severity.HIGH,
            "A variable, Compose, connector parameter, body field or definition parameter named like a secret "
                    + "(password, secret, API key, token) that holds a literal.",
            Remediation.KEY_VAULT);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (LiteralCredentials.Candidate candidate : LiteralCredentials.of(context, Claim.NAME)) {
            report.accept(LiteralMessages.hit(context, DESCRIPTOR, candidate));
        }
    }
}
