package dev.flowguard.rules.credential;

import dev.flowguard.flow.LogicAppValue;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.LogicAppSettings;
import dev.flowguard.solution.SettingValue;
import java.util.function.Consumer;

/**
 * FG104 on what a logic app ships outside its definition: ARM parameter defaults that feed it, values in clear in
 * {@code properties.parameters} and {@code Microsoft.Web/connections}, and a Standard project's settings files
 * (a storage connection string with its AccountKey in {@code local.settings.json} …).
 */
final class LogicAppKnownFormats {

    private LogicAppKnownFormats() {
    }

    static void checkFlow(RuleDescriptor rule, FlowContext context, Consumer<Hit> report) {
        for (LogicAppValue value : LogicAppValue.of(context.flow())) {
            check(rule, context.flow().file(), value.jsonPointer(), value.what() + " that holds ", value.value(),
                    context.redactor(), report);
        }
    }

    static void checkSolution(RuleDescriptor rule, SolutionContext context, Consumer<Hit> report) {
        for (LogicAppSettings settings : context.solution().logicAppSettings()) {
            for (SettingValue value : settings.values()) {
                check(rule, settings.file(), value.jsonPointer(), "Setting '" + value.schemaName() + "' in "
                        + settings.fileName() + " of logic app '" + context.solution().name() + "' holds ",
                        value.value(), context.redactor(), report);
            }
        }
    }

    private static void check(RuleDescriptor rule, String file, String pointer, String prefix, String value,
            Redactor redactor, Consumer<Hit> report) {
        for (SecretMatch match : SecretPatterns.find(value)) {
            report.accept(new Hit(rule, file, pointer, null,
                    prefix + match.kind() + ": " + redactor.redact(match.secret()), match.secret()));
        }
    }
}
