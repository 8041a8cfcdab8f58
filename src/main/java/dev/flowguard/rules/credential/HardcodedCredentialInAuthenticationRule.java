package dev.flowguard.rules.credential;

import dev.flowguard.knowledge.Literals;
import dev.flowguard.model.ShippedValue;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.credential.LiteralCredentials.Claim;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/**
 * FG101: a literal password, client secret, certificate or raw value in an action's {@code inputs.authentication}, or
 * in the {@code parameterValues} an API connection ({@code Microsoft.Web/connections}) is deployed with: a logic
 * app's connector actions authenticate with those.
 */
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
        for (ShippedValue value : context.model().shippedValues()) {
            connection(value, report);
        }
    }

    /** A template that deploys API connections without a workflow ships them as its own values. */
    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        for (ShippedValue value : context.shipped()) {
            connection(value, report);
        }
    }

    private static void connection(ShippedValue value, Consumer<Hit> report) {
        Literals.Judgement judgement = ShippedCredentials.connectionCredential(value);
        if (judgement == Literals.Judgement.PLACEHOLDER) {
            report.accept(Hit.of(DESCRIPTOR, value.file(), value.jsonPointer(), null, value.sentenceSubject()
                            + " is a placeholder " + Hit.SECRET + "; deploy the connection with a securestring "
                            + "parameter fed from Key Vault, never with the real value in the template")
                    .withSecret(value.value()).atMost(Severity.LOW));
        } else if (judgement == Literals.Judgement.CREDENTIAL) {
            report.accept(Hit.of(DESCRIPTOR, value.file(), value.jsonPointer(), null, value.sentenceSubject()
                            + " is a literal credential: " + Hit.SECRET + "; deploy the connection with a securestring "
                            + "parameter fed from Key Vault")
                    .withSecret(value.value()));
        }
    }
}
