package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.RuleDescriptor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * FG202 on Azure Logic Apps, whose counterpart of a Secret environment variable is a {@code securestring} /
 * {@code secureobject} parameter: a workflow parameter named like a secret but declared {@code String} or
 * {@code Object} (its value comes back with the workflow definition), and an ARM template parameter named like a
 * secret that feeds a workflow but is a plain {@code string} (its value stays in the deployment history). One
 * finding per workflow parameter: the definition's declaration when it is plain, else the template's.
 */
final class LogicAppPlainSecretParameters {

    private LogicAppPlainSecretParameters() {
    }

    static void check(RuleDescriptor rule, FlowContext context, Consumer<Hit> report) {
        LogicApp app = context.flow().logicApp();
        if (app == null) {
            return;
        }
        Map<String, LogicApp.TemplateParameter> fedBy = new HashMap<>();
        for (LogicApp.WorkflowParameterValue value : app.parameterValues()) {
            if (value.templateParameter() != null && !value.templateParameter().jsonPointer().isEmpty()) {
                fedBy.put(value.name(), value.templateParameter());
            }
        }
        for (FlowParameter parameter : context.flow().parameters().values().stream()
                .sorted(java.util.Comparator.comparing(FlowParameter::name)).toList()) {
            if (parameter.name().startsWith("$")) {
                continue;
            }
            LogicApp.TemplateParameter template = fedBy.get(parameter.name());
            boolean secretName = SecretNames.isSecret(parameter.name())
                    || template != null && SecretNames.isSecret(template.name());
            if (!secretName) {
                continue;
            }
            if (!parameter.isSecureType()) {
                report.accept(new Hit(rule, context.flow().file(), parameter.jsonPointer(), null,
                        "Workflow parameter '" + parameter.name() + "' of logic app '" + app.name()
                                + "' is named like a secret but declared " + typeName(parameter.type())
                                + ", not securestring: its value comes back with the workflow definition",
                        parameter.name()));
            } else if (template != null && !template.isSecureType()) {
                report.accept(new Hit(rule, context.flow().file(), template.jsonPointer(), null,
                        "ARM template parameter '" + template.name() + "' feeds secure workflow parameter '"
                                + parameter.name() + "' of logic app '" + app.name() + "' but is declared "
                                + typeName(template.type()) + ", not securestring: deployments keep its value",
                        template.name()));
            }
        }
    }

    private static String typeName(String type) {
        return type == null || type.isEmpty() ? "without a type" : type;
    }
}
