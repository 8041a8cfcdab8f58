package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.SettingValue;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FG104: a secret recognised by its format (docs/secret-patterns.md) anywhere in a flow, in an environment
 * variable's default or current value, or in a deployment settings file. A value FG101, FG102 or FG103
 * already reports is left to them.
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
        List<KnownFormats.Found> found = KnownFormats.find(context);
        Set<String> claimed = found.isEmpty() ? Set.of() : Claims.structural(context);
        for (KnownFormats.Found format : found) {
            if (!claimed.contains(format.candidate().pointer())) {
                report.accept(CredentialMessages.formatHit(context, DESCRIPTOR, format.candidate(), format.match().kind()));
            }
        }
        LogicAppKnownFormats.checkFlow(DESCRIPTOR, context, report);
    }

    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        for (EnvironmentVariable variable : context.solution().environmentVariables()) {
            String name = "Environment variable '" + variable.schemaName() + "'";
            checkValue(context, report, variable.file(), null, name + " has a default value that holds ", variable.defaultValue());
            checkValue(context, report, variable.currentValueFile(), null, name + " has a current value that holds ",
                    variable.currentValue());
        }
        for (DeploymentSettings settings : context.solution().settings()) {
            for (SettingValue value : settings.environmentVariables()) {
                checkValue(context, report, settings.file(), value.jsonPointer(),
                        "Deployment settings value of '" + value.schemaName() + "' holds ", value.value());
            }
        }
        LogicAppKnownFormats.checkSolution(DESCRIPTOR, context, report);
    }

    private static void checkValue(SolutionContext context, Consumer<Hit> report, String file, String pointer,
            String prefix, String value) {
        for (SecretMatch match : SecretPatterns.find(value)) {
            report.accept(new Hit(DESCRIPTOR, file, pointer, null,
                    prefix + match.kind() + ": " + context.redactor().redact(match.secret()), match.secret()));
        }
    }
}
