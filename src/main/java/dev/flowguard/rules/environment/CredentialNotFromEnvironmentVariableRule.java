package dev.flowguard.rules.environment;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/**
 * FG201: a credential field whose value comes from somewhere that is not a secret store: the trigger's input,
 * a variable, another action's response, a plain parameter. Literals are the FG1xx rules' business and plain
 * environment variables FG202's.
 */
public final class CredentialNotFromEnvironmentVariableRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG201", "credential-not-from-environment-variable",
            Severity.MEDIUM,
            "A credential field fed by an expression that is not an environment variable, a secure parameter or a Key Vault read.",
            "Read the credential from a Secret environment variable backed by Azure Key Vault, or with the Key Vault "
                    + "connector's 'Get secret' (Secure outputs on), and reference that in the field.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        CredentialUse.InFlow credentials = CredentialUse.of(context);
        for (CredentialUse use : credentials.uses()) {
            if (use.source().verdict() == Source.Verdict.NOT_A_SECRET_STORE) {
                report.accept(context.hit(DESCRIPTOR, use.node(), use.field().jsonPointer(),
                        "The " + use.field().label() + " of " + use.nodeLabel() + " in flow '" + context.flow().name()
                                + "' comes from " + use.source().description()
                                + ", not from a Secret environment variable, a secure parameter or Key Vault",
                        use.field().label() + "|" + use.field().text()));
            }
        }
    }
}
