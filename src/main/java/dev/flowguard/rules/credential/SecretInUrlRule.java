package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/**
 * FG103: a credential in a URL: {@code sig=}, {@code code=}, {@code key=}, {@code access_token=},
 * {@code password=} … query values, {@code user:pass@} userinfo, and flow trigger URLs with their signature.
 */
public final class SecretInUrlRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG103", "secret-in-url", Severity.HIGH,
            "A credential written into a URL: a signature, key, code, token or password query value, "
                    + "user:password@ userinfo, or a flow trigger URL with its sig.",
            "Rotate the exposed credential (regenerate a trigger URL's signature by changing its access keys), then pass "
                    + "it from an environment variable of type Secret or a Key Vault Get secret action with Secure outputs on, "
                    + "in a header or an authentication setting rather than in the URL.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (LiteralCredentials.Candidate candidate : LiteralCredentials.of(context, Claim.URL)) {
            report.accept(LiteralMessages.hit(context, DESCRIPTOR, candidate));
        }
    }
}
