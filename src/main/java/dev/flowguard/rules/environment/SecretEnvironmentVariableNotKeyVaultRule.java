package dev.flowguard.rules.environment;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.EnvironmentVariable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FG202: an environment variable that holds a secret, by its name or because it feeds a credential field, but
 * is of a plain type (String, JSON) whose value anyone who can read the environment or the solution can read.
 * Name-based findings are reported once, on the definition; use-based ones on the flow that uses it.
 */
public final class SecretEnvironmentVariableNotKeyVaultRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG202", "secret-environment-variable-not-key-vault",
            Severity.MEDIUM,
            "A secret-like environment variable of a plain type (String, JSON) rather than Secret (Key Vault).",
            "Store the secret in Azure Key Vault and make the environment variable of type Secret pointing at it; "
                    + "read it in the flow with Dataverse 'Perform an unbound action' RetrieveEnvironmentVariableSecretValue "
                    + "or use the Key Vault connector's 'Get secret', both with Secure outputs on.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        for (EnvironmentVariable variable : context.solution().environmentVariables()) {
            if (EnvironmentVariables.isPlain(variable.type()) && EnvironmentVariables.isSecretLike(variable)) {
                report.accept(new Hit(DESCRIPTOR, variable.file(), null, null,
                        "Environment variable " + EnvironmentVariables.label(variable) + " is named like a secret but is of type "
                                + EnvironmentVariables.typeName(variable.type()) + ", not Secret (Key Vault)",
                        variable.schemaName()));
            }
        }
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        CredentialUse.InFlow credentials = CredentialUse.of(context);
        Set<String> reported = new HashSet<>();
        for (CredentialUse use : credentials.uses()) {
            EnvironmentVariables.Resolved variable = use.source().variable();
            if (use.source().kind() != Source.Kind.PLAIN_ENVIRONMENT_VARIABLE || variable == null
                    || variable.definition() == null || EnvironmentVariables.isSecretLike(variable.definition())
                    || !reported.add(variable.schemaName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            report.accept(context.hit(DESCRIPTOR, use.node(), use.field().jsonPointer(),
                    "Environment variable " + variable.label() + " feeds the " + use.field().label() + " of "
                            + use.nodeLabel() + " in flow '" + context.flow().name() + "' but is of type "
                            + EnvironmentVariables.typeName(variable.definition().type()) + ", not Secret (Key Vault)",
                    variable.schemaName()));
        }
        LogicAppPlainSecretParameters.check(DESCRIPTOR, context, report);
    }
}
