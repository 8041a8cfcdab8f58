package dev.flowguard.rules.trigger;

import dev.flowguard.flow.CallerIpRestriction;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/**
 * FG403: an HTTP Request trigger of a Consumption logic app that callers from any IP address may reach. Only a
 * Consumption resource holds the setting ({@code properties.accessControl.triggers.allowedCallerIpAddresses});
 * Power Automate's IP firewall is an environment setting and Standard's access restrictions are the app's.
 * A trigger whose SAS URL is open from anywhere is FG401's, one risk and one finding; FG403 is what is left when
 * SAS is off: a token is needed, but from any address.
 */
public final class HttpTriggerAnyIpRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG403", "http-trigger-any-ip", Severity.MEDIUM,
            "An HTTP Request trigger of a Consumption logic app that takes a token from any IP address (SAS off; an "
                    + "open SAS URL is FG401).",
            "Set properties.accessControl.triggers.allowedCallerIpAddresses to the callers' ranges (the portal's "
                    + "Workflow settings > Allowed inbound IP addresses), or to [] when only other logic apps call it.");

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
        CallerIpRestriction restriction = CallerIpRestriction.of(app, "triggers");
        if (!restriction.isAnyIp() || LogicAppTriggerAccess.anyoneWithTheUrl(app)
                || !LogicAppTriggerAccess.hasAuthorizationPolicy(app)) {
            return; // FG401 reports the open URL; with SAS off and no policy nothing can call the trigger
        }
        for (FlowNode trigger : context.flow().triggers()) {
            if (RequestTriggers.isCallableByUrl(trigger)) {
                boolean absent = !app.accessControl().path("triggers").has("allowedCallerIpAddresses");
                report.accept(context.hit(DESCRIPTOR, trigger, absent ? trigger.jsonPointer() : restriction.jsonPointer(),
                        "HTTP trigger '" + trigger.name() + "' of logic app '" + app.name() + "' takes calls from any IP "
                                + "address (SAS is off, so each needs a token its authorization policy accepts): " + (absent ? "accessControl.triggers sets no allowedCallerIpAddresses"
                                        : "allowedCallerIpAddresses holds a range that covers every address"))
                        .withEvidence("any-ip"));
            }
        }
    }
}
