package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.OriginKind;
import dev.flowguard.model.Origin;
import dev.flowguard.model.ShippedValue;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.credential.ShippedCredentials;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * FG203: a secret's value shipped with the artifact: an environment variable's default or current value, a flow's
 * copy of that default, a secure parameter's default, a deployment settings file's value, a logic app's template
 * parameter default, parameter or connection value, or a Logic Apps settings file's value. A placeholder
 * ({@code <your-key>}) ships no secret and is no finding: where its type is wrong, FG202 names the fix.
 */
public final class SecretValuePackagedRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG203", "secret-value-packaged", Severity.HIGH,
            "A secret-like default or current value shipped in the solution or a settings file.",
            "Remove the value from the solution (clear the default and current value before export) and rotate the "
                    + "secret; keep it in Azure Key Vault behind a Secret environment variable, and give settings files "
                    + "the Key Vault reference, never the value. In Azure Logic Apps, keep it in an app setting or a "
                    + "securestring parameter fed by a Key Vault reference.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        for (ShippedValue value : context.shipped()) {
            if (value.secretNamed()) {
                check(value, report);
            }
        }
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        Set<String> feedingCredentials = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CredentialUses use : CredentialUses.of(context)) {
            for (Origin origin : use.origins().all()) {
                if (origin.kind() == OriginKind.ENVIRONMENT_VARIABLE) {
                    feedingCredentials.add(origin.source());
                }
            }
        }
        for (ShippedValue value : context.model().shippedValues()) {
            if (value.kind() != ShippedValue.Kind.FLOW_PARAMETER_DEFAULT) {
                if (value.secretNamed() || value.secureType()) {
                    check(value, report);
                }
                continue;
            }
            // a plain parameter named like a secret is FG105's; an environment variable's copy and a secure
            // parameter's default are shipped values
            String parameter = value.names().get(0);
            boolean environmentVariable = context.flow().parameter(parameter).map(FlowParameter::isEnvironmentVariable)
                    .orElse(false);
            if (environmentVariable && (value.secretNamed() || feedingCredentials.contains(parameter))
                    || !environmentVariable && value.secureType()) {
                check(value, report);
            }
        }
    }

    private static void check(ShippedValue value, Consumer<Hit> report) {
        if (ShippedCredentials.reportedAsCredential(value)) {
            return; // one value, one finding: FG101 or FG104 names it more exactly
        }
        if (value.definition() != null && value.definition().isSecret()) {
            // a Secret environment variable's value is the Key Vault reference, which is what belongs there
            return;
        }
        if (Literals.judge(value.value(), Literals.Context.SECRET_NAME, value.names()) == Literals.Judgement.CREDENTIAL) {
            String how = value.kind() == ShippedValue.Kind.ARM_PARAMETER_VALUE
                    ? " is written in clear and looks like a secret: " + Hit.SECRET + "; pass it as a Key Vault reference "
                            + "(\"reference\": {\"keyVault\": {\"id\": …}, \"secretName\": …}) to a securestring parameter"
                    : value.isLogicApp() ? " is written in clear and looks like a secret: " + Hit.SECRET
                            + "; give it a Key Vault reference or an app setting instead"
                    : " ships with the solution and looks like a secret: " + Hit.SECRET;
            report.accept(Hit.of(DESCRIPTOR, value.file(), value.jsonPointer(), null, value.sentenceSubject() + how)
                    .withSecret(value.value()));
        }
    }
}
