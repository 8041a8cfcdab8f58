package dev.flowguard.rules.credential;

import dev.flowguard.model.ShippedValue;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import java.util.function.Consumer;

/**
 * FG104: a secret recognised by its format (docs/secret-patterns.md) anywhere in a flow, or in a value the artifact
 * ships (an environment variable's default or current value, a deployment settings file, a logic app's deployment
 * values and settings files). A value FG101, FG102 or FG103 already reports is left to them.
 */
public final class KnownSecretFormatRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG104", "known-secret-format", Severity.CRITICAL,
            "A value in a known secret format (Entra ID client secret, storage key, connection string with a key or "
                    + "password, SAS, JWT, PEM private key, GitHub/Slack/AWS/Google/Stripe/SendGrid/Twilio/Azure keys …).",
            Remediation.KEY_VAULT);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (LiteralCredentials.Candidate candidate : LiteralCredentials.of(context, Claim.FORMAT)) {
            report.accept(LiteralMessages.formatHit(context, DESCRIPTOR, candidate));
        }
        // a flow's parameter defaults are among its strings; what a logic app is deployed with is beside them
        for (ShippedValue value : context.model().shippedValues()) {
            if (value.isLogicApp()) {
                check(value, report);
            }
        }
    }

    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        for (ShippedValue value : context.shipped()) {
            check(value, report);
        }
    }

    private static void check(ShippedValue value, Consumer<Hit> report) {
        for (SecretMatch match : ShippedCredentials.formats(value)) {
            report.accept(Hit.of(DESCRIPTOR, value.file(), value.jsonPointer(), null,
                    value.sentenceSubject() + " holds " + match.kind() + ": " + Hit.SECRET).withSecret(match.secret()));
        }
    }
}
