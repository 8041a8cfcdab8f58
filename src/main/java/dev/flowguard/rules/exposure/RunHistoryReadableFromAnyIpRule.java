package dev.flowguard.rules.exposure;

import dev.flowguard.flow.CallerIpRestriction;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.model.SecretSource;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * FG304: a Consumption logic app that handles secrets while the inputs and outputs of its runs can be read from
 * any IP address ({@code properties.accessControl.contents} sets no {@code allowedCallerIpAddresses}). Secure
 * inputs/outputs hide what they cover; limiting who can read run history covers what they miss. What counts as
 * handling a secret is the exposure analysis's secret sources (FG301–FG303), plus a secure template parameter
 * handed to the workflow.
 */
public final class RunHistoryReadableFromAnyIpRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG304", "run-history-readable-from-any-ip",
            Severity.MEDIUM,
            "A Consumption logic app that handles secrets while its run history contents can be read from any IP address.",
            "Set properties.accessControl.contents.allowedCallerIpAddresses to the ranges of the people and tools that "
                    + "may read run history (Workflow settings > Access control configuration), and keep Secure "
                    + "inputs/outputs on the actions that handle the secrets.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        LogicApp app = context.flow().logicApp();
        if (app == null || !app.isConsumptionResource()) {
            return;
        }
        CallerIpRestriction restriction = CallerIpRestriction.of(app, "contents");
        if (!restriction.isAnyIp()) {
            return;
        }
        String secret = firstSecret(context, app);
        if (secret == null) {
            return;
        }
        report.accept(Hit.of(DESCRIPTOR, context.flow().file(), restriction.jsonPointer(), null,
                "Logic app '" + app.name() + "' handles secrets (" + secret + ") and its run history inputs and outputs "
                        + "can be read from any IP address: " + (app.accessControl().path("contents").has("allowedCallerIpAddresses")
                                ? "accessControl.contents.allowedCallerIpAddresses holds a range that covers every address"
                                : "accessControl.contents sets no allowedCallerIpAddresses"))
                .withEvidence("contents-any-ip"));
    }

    /** The first secret the workflow handles, described without its value; null when it handles none. */
    private static String firstSecret(FlowContext context, LogicApp app) {
        List<SecretSource> sources = context.model().secretSources();
        if (!sources.isEmpty()) {
            SecretSource source = sources.get(0);
            return source.kind().secretDescription() + " in '" + source.name() + "'"
                    + (sources.size() > 1 ? ", and " + (sources.size() - 1) + " more" : "");
        }
        for (LogicApp.WorkflowParameterValue value : app.parameterValues()) {
            if (value.templateParameter() != null && value.templateParameter().isSecureType()) {
                return "secure template parameter '" + value.templateParameter().name() + "'";
            }
        }
        return null;
    }
}
