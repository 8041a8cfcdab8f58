package dev.flowguard.rules.environment;

import dev.flowguard.flow.LogicAppValue;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.LogicAppSettings;
import dev.flowguard.solution.SettingValue;
import java.util.List;
import java.util.function.Consumer;

/**
 * FG203 on Azure Logic Apps: secret values a logic app ships outside its definition. An ARM template parameter's
 * default that feeds a workflow parameter (a {@code string} parameter named like a secret, or any
 * {@code securestring}/{@code secureobject} one: a secure type hides the value from deployment history, not from
 * the template), a value in clear in {@code properties.parameters} or a {@code Microsoft.Web/connections}
 * parameter, and a Standard project's {@code local.settings.json}, {@code parameters.json} or
 * {@code connections.json} value named like a secret. Key Vault references ({@code @Microsoft.KeyVault(…)}) and
 * {@code @appsetting('…')} are what belongs there.
 */
final class LogicAppSecretValues {

    private LogicAppSecretValues() {
    }

    static void checkFlow(RuleDescriptor rule, FlowContext context, Consumer<Hit> report) {
        for (LogicAppValue value : LogicAppValue.of(context.flow())) {
            if (value.secureType() || value.names().stream().anyMatch(SecretNames::isSecret)) {
                check(rule, value.value(), value.names(), value.what(), context.flow().file(), value.jsonPointer(),
                        context.redactor(), report);
            }
        }
    }

    static void checkSolution(RuleDescriptor rule, SolutionContext context, Consumer<Hit> report) {
        for (LogicAppSettings settings : context.solution().logicAppSettings()) {
            for (SettingValue value : settings.values()) {
                String key = value.schemaName().substring(value.schemaName().lastIndexOf('/') + 1);
                if (SecretNames.isSecret(key)) {
                    check(rule, value.value(), List.of(key), "Setting '" + value.schemaName() + "' in " + settings.fileName()
                            + " of logic app '" + context.solution().name() + "' holds a value",
                            settings.file(), value.jsonPointer(), context.redactor(), report);
                }
            }
        }
    }

    private static void check(RuleDescriptor rule, String value, List<String> names, String what, String file,
            String pointer, Redactor redactor, Consumer<Hit> report) {
        if (LogicAppValue.isReference(value)) {
            return;
        }
        switch (SecretValues.look(value, names)) {
            case SECRET -> report.accept(new Hit(rule, file, pointer, null,
                    what + " that looks like a secret: " + redactor.redact(value)
                            + "; give it a Key Vault reference instead", value));
            case PLACEHOLDER -> report.accept(new Hit(rule, file, pointer, null,
                    what + ", a placeholder (" + redactor.redact(value) + "); make sure no real value replaces it in "
                            + "source control", value).atMost(Severity.LOW));
            default -> {
            }
        }
    }
}
