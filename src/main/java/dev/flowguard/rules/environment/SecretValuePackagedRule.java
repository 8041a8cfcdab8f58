package dev.flowguard.rules.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.SettingValue;
import java.util.List;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FG203: a secret's value shipped with the solution: as an environment variable's default or current value,
 * in a flow's copy of that default ({@code definition.parameters[…].defaultValue}), as a secure parameter's
 * default, or in a deployment settings file. Placeholders ({@code <your-key>}) are LOW at most.
 */
public final class SecretValuePackagedRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG203", "secret-value-packaged", Severity.HIGH,
            "A secret-like default or current value shipped in the solution or a settings file.",
            "Remove the value from the solution (clear the default and current value before export) and rotate the "
                    + "secret; keep it in Azure Key Vault behind a Secret environment variable, and give settings files "
                    + "the Key Vault reference, never the value.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkSolution(SolutionContext context, Consumer<Hit> report) {
        Redactor redactor = context.redactor();
        for (EnvironmentVariable variable : context.solution().environmentVariables()) {
            if (variable.isSecret() || !EnvironmentVariables.isSecretLike(variable)) {
                continue;
            }
            String label = "Environment variable " + EnvironmentVariables.label(variable);
            List<String> names = names(variable.schemaName(), variable.displayName());
            check(variable.defaultValue(), names, label + " ships its default value", variable.file(), null, redactor,
                    report);
            check(variable.currentValue(), names, label + " ships its current value", variable.currentValueFile(), null,
                    redactor, report);
        }
        for (DeploymentSettings settings : context.solution().settings()) {
            for (SettingValue value : settings.environmentVariables()) {
                Optional<EnvironmentVariable> definition = context.solution().environmentVariable(value.schemaName());
                boolean secretLike = definition.map(EnvironmentVariables::isSecretLike)
                        .orElse(SecretNames.isSecret(value.schemaName()));
                if (secretLike && definition.map(d -> !d.isSecret()).orElse(true)) {
                    check(value.value(), names(value.schemaName()), "Deployment settings give environment variable '"
                            + value.schemaName()
                            + "' its value in clear", settings.file(), value.jsonPointer(), redactor, report);
                }
            }
        }
        LogicAppSecretValues.checkSolution(DESCRIPTOR, context, report);
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        CredentialUse.InFlow credentials = CredentialUse.of(context);
        Set<String> feedingCredentials = new HashSet<>();
        for (CredentialUse use : credentials.uses()) {
            if (use.source().variable() != null) {
                feedingCredentials.add(use.source().variable().parameter().name());
            }
        }
        for (FlowParameter parameter : context.flow().parameters().values().stream()
                .sorted(Comparator.comparing(FlowParameter::name)).toList()) {
            JsonNode defaultValue = parameter.defaultValue();
            if (defaultValue == null || !defaultValue.isTextual()) {
                continue;
            }
            Optional<EnvironmentVariables.Resolved> variable = credentials.sources().environmentVariables().resolve(parameter.name());
            String what;
            if (variable.isPresent()) {
                if (variable.get().isSecretType()
                        || !variable.get().hasSecretLikeName() && !feedingCredentials.contains(parameter.name())) {
                    continue;
                }
                what = "Flow '" + context.flow().name() + "' carries a default value for environment variable "
                        + variable.get().label();
            } else if (parameter.isSecureType() && !parameter.name().startsWith("$")) {
                what = "Flow '" + context.flow().name() + "' carries a default value for secure parameter '"
                        + parameter.name() + "'";
            } else {
                continue;
            }
            check(defaultValue.asText(), names(parameter.name(), parameter.schemaName()), what, context.flow().file(),
                    parameter.jsonPointer() + "/defaultValue",
                    context.redactor(), report);
        }
        LogicAppSecretValues.checkFlow(DESCRIPTOR, context, report);
    }

    private static List<String> names(String... names) {
        return java.util.Arrays.stream(names).filter(java.util.Objects::nonNull).toList();
    }

    private static void check(String value, List<String> names, String what, String file, String pointer,
            Redactor redactor, Consumer<Hit> report) {
        switch (SecretValues.look(value, names)) {
            case SECRET -> report.accept(new Hit(DESCRIPTOR, file, pointer, null,
                    what + " that looks like a secret: " + redactor.redact(value), value));
            case PLACEHOLDER -> report.accept(new Hit(DESCRIPTOR, file, pointer, null,
                    what + ", a placeholder (" + redactor.redact(value) + "); make sure no real value replaces it in "
                            + "source control", value).atMost(Severity.LOW));
            default -> {
            }
        }
    }
}
