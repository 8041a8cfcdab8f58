package dev.flowguard.rules.trigger;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/** FG401: an HTTP request trigger that anyone holding its URL can run. */
public final class HttpTriggerAnyoneRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG401", "http-trigger-anyone", Severity.HIGH,
            "A 'When an HTTP request is received' trigger that anyone with the URL can call.",
            "In the trigger set 'Who can trigger the flow?' to 'Specific users in my tenant' "
                    + "(triggerAuthenticationType User with triggerAllowedUsers), or to 'Any user in my tenant'. In Azure "
                    + "Logic Apps add an Entra ID authorization policy (accessControl.triggers.openAuthenticationPolicies) "
                    + "and turn SAS off (sasAuthenticationPolicy state Disabled), or restrict caller IP addresses; for "
                    + "Standard, App Service authentication on the app.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (FlowNode trigger : context.flow().triggers()) {
            if (!RequestTriggers.isCallableByUrl(trigger)) {
                continue;
            }
            if (context.flow().isLogicApp()) {
                logicApp(context, trigger, report);
                continue;
            }
            String type = RequestTriggers.authenticationType(trigger);
            if (type.isEmpty()) {
                report.accept(context.hit(DESCRIPTOR, trigger, trigger.jsonPointer(),
                        "HTTP trigger '" + trigger.name() + "' of flow '" + context.flow().name()
                                + "' can be run by anyone with its URL: it sets no triggerAuthenticationType")
                        .withEvidence("absent"));
            } else if (type.equals("ALL")) {
                report.accept(context.hit(DESCRIPTOR, trigger, trigger.pointerTo("inputs", RequestTriggers.FIELD),
                        "HTTP trigger '" + trigger.name() + "' of flow '" + context.flow().name()
                                + "' can be run by anyone with its URL (triggerAuthenticationType is All)")
                        .withEvidence("All"));
            }
        }
    }

    /**
     * Logic Apps have no triggerAuthenticationType: the callback URL's SAS signature is the key. SAS is the
     * platform's default and what Event Grid, Azure Monitor and other callers without tokens use, and the URL is a
     * long, regenerable secret: a weaker risk than a flow that asks nothing, so MEDIUM at most.
     */
    private static void logicApp(FlowContext context, FlowNode trigger, Consumer<Hit> report) {
        LogicApp app = context.flow().logicApp();
        if (!LogicAppTriggerAccess.anyoneWithTheUrl(app)) {
            return;
        }
        String why;
        if (!app.isConsumptionResource()) {
            why = "its callback URL's SAS signature is the only key the workflow shows";
        } else if (LogicAppTriggerAccess.hasAuthorizationPolicy(app)) {
            why = "it has an Entra ID authorization policy, but SAS is still on (accessControl.triggers."
                    + "sasAuthenticationPolicy is not Disabled) and " + anyIp(app) + ", so the URL alone runs it";
        } else {
            why = "its callback URL's SAS signature is the only key: the logic app has no Entra ID authorization policy "
                    + "(accessControl.triggers.openAuthenticationPolicies) and " + anyIp(app);
        }
        report.accept(context.hit(DESCRIPTOR, trigger, trigger.jsonPointer(),
                "HTTP trigger '" + trigger.name() + "' of workflow '" + context.flow().name() + "' of logic app '"
                        + app.name() + "' can be run by anyone with its URL: " + why)
                .withEvidence("sas-only").atMost(Severity.MEDIUM));
    }

    private static String anyIp(LogicApp app) {
        return app.accessControl().path("triggers").has("allowedCallerIpAddresses")
                ? "its allowedCallerIpAddresses hold a range that covers every address"
                : "it takes calls from any IP address (no allowedCallerIpAddresses)";
    }
}
