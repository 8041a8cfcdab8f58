package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.knowledge.OriginKind;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.model.EnvironmentVariables;
import dev.flowguard.model.Origin;
import dev.flowguard.model.Ways;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.rules.Subjects;
import dev.flowguard.solution.EnvironmentVariable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FG202: a secret kept where its value can be read, when a secret store was at hand. An environment variable that
 * holds a secret, by its name or because it feeds a credential slot, but is of a plain type (String, JSON) whose value
 * anyone who can read the environment or the solution can read; and in Azure Logic Apps, whose counterpart of a Secret
 * environment variable is a {@code securestring}/{@code secureobject} parameter, a workflow parameter named like a
 * secret but declared {@code String}, or a template parameter that feeds a secure one but is a plain {@code string}.
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
        splices(context.splices(), context.solution().artifact(), null, new HashSet<>(), report);
        for (EnvironmentVariable variable : context.solution().environmentVariables()) {
            if (EnvironmentVariables.isPlain(variable.type()) && EnvironmentVariables.isSecretLike(variable)) {
                report.accept(Hit.of(DESCRIPTOR, variable.file(), null, null,
                        "Environment variable " + EnvironmentVariables.label(variable) + " is named like a secret but is "
                                + "of type " + EnvironmentVariables.typeName(variable.type()) + ", not Secret (Key Vault)")
                        .withEvidence(variable.schemaName()));
            }
        }
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        Set<String> reported = new HashSet<>();
        for (CredentialUses use : CredentialUses.of(context)) {
            if (use.origins().strongestStore() != OriginKind.Store.PLAIN_ENVIRONMENT_VARIABLE) {
                continue;
            }
            Origin origin = use.origins().first(OriginKind.Store.PLAIN_ENVIRONMENT_VARIABLE);
            EnvironmentVariables.Resolved variable = origin.kind() != OriginKind.ENVIRONMENT_VARIABLE ? null
                    : EnvironmentVariables.resolve(context.flow(), context.solution(), origin.source()).orElse(null);
            // one named like a secret is reported on its definition, once for the solution
            if (variable == null || variable.definition() == null || EnvironmentVariables.isSecretLike(variable.definition())
                    || !reported.add(variable.schemaName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            report.accept(context.hit(DESCRIPTOR, use.node(), use.site().pointer(),
                    "Environment variable " + variable.label() + " feeds the " + use.label() + " of "
                            + Subjects.node(use.node()) + " in flow '" + context.flow().name() + "' but is of type "
                            + EnvironmentVariables.typeName(variable.definition().type()) + ", not Secret (Key Vault)")
                    .withEvidence(variable.schemaName())
                    .withPath(Ways.throughCarriers(context.model(), origin.way(), use.node(), use.site().pointer())));
        }
        logicAppParameters(context, report);
    }

    /** One finding per workflow parameter: the definition's declaration when it is plain, else the template's. */
    private static void logicAppParameters(FlowContext context, Consumer<Hit> report) {
        LogicApp app = context.flow().logicApp();
        if (app == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        Map<String, LogicApp.TemplateParameter> fedBy = new HashMap<>();
        for (LogicApp.WorkflowParameterValue value : app.parameterValues()) {
            if (value.templateParameter() != null && !value.templateParameter().jsonPointer().isEmpty()) {
                fedBy.put(value.name(), value.templateParameter());
            }
        }
        for (FlowParameter parameter : context.flow().parameters().values().stream()
                .sorted(Comparator.comparing(FlowParameter::name)).toList()) {
            LogicApp.TemplateParameter template = fedBy.get(parameter.name());
            boolean secretName = SecretNames.isSecret(parameter.name())
                    || template != null && SecretNames.isSecret(template.name());
            if (parameter.isPlatformParameter() || !secretName) {
                continue;
            }
            if (!parameter.isSecureType()) {
                report.accept(Hit.of(DESCRIPTOR, context.flow().file(), parameter.jsonPointer(), null,
                        "Workflow parameter '" + parameter.name() + "' of logic app '" + app.name()
                                + "' is named like a secret but declared " + typeName(parameter.type())
                                + ", not securestring: its value comes back with the workflow definition")
                        .withEvidence(parameter.name()));
            } else if (template != null && !template.isSecureType() && reported.add(template.jsonPointer())) {
                report.accept(Hit.of(DESCRIPTOR, context.flow().file(), template.jsonPointer(), null,
                        "ARM template parameter '" + template.name() + "' feeds secure workflow parameter '"
                                + parameter.name() + "' of logic app '" + app.name() + "' but is declared "
                                + typeName(template.type()) + ", not securestring: deployments keep its value")
                        .withEvidence(template.name()));
            }
        }
        splices(app.splices(), context.flow().file(), app.name(), reported, report);
    }

    /**
     * A plain {@code string} template parameter that holds a secret, by its name or the key it is written under,
     * written in place by an ARM expression ({@code [parameters('partnerApiKey')]}) rather than passed through a
     * secure workflow parameter: deployment history keeps its value, and in a definition the deployed workflow
     * shows it to anyone who can read the logic app. Reported once, at the template parameter.
     *
     * @param app the logic app, or null for a template that deploys only connections
     * @param reported the template parameters already reported, by pointer
     */
    private static void splices(List<LogicApp.TemplateSplice> splices, String file, String app, Set<String> reported,
            Consumer<Hit> report) {
        for (LogicApp.TemplateSplice splice : splices) {
            LogicApp.TemplateParameter template = splice.parameter();
            boolean secretName = SecretNames.isSecret(template.name());
            if (template.jsonPointer().isEmpty() || template.isSecureType()
                    || !secretName && !(splice.whole() && SecretNames.isSecret(splice.key()))
                    || !reported.add(template.jsonPointer())) {
                continue;
            }
            boolean definition = app != null && !splice.place().contains("API connection");
            String written = splice.place() + (definition ? " of logic app '" + app + "'" : "");
            report.accept(Hit.of(DESCRIPTOR, file, template.jsonPointer(), null,
                    "ARM template parameter '" + template.name() + "'" + (secretName ? " is named like a secret but"
                            : " is written under '" + splice.key() + "' but") + " is declared " + typeName(template.type())
                            + ", not securestring, and [parameters('" + template.name() + "')] writes it into " + written
                            + (definition ? ": the deployed definition shows its value to whoever can read the logic app"
                                    : ": deployment history keeps its value"))
                    .withEvidence(template.name()));
        }
    }

    private static String typeName(String type) {
        return type == null || type.isEmpty() ? "without a type" : type;
    }
}
