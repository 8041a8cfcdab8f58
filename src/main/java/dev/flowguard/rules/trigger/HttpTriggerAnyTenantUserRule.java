package dev.flowguard.rules.trigger;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.flow.LogicApp;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import java.util.function.Consumer;

/** FG402: an HTTP request trigger any user of the tenant can run, rather than named users. */
public final class HttpTriggerAnyTenantUserRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG402", "http-trigger-any-tenant-user",
            Severity.INFO,
            "A 'When an HTTP request is received' trigger that every user of the tenant can call.",
            "If only some people or services should run the flow, set 'Who can trigger the flow?' to "
                    + "'Specific users in my tenant' and list them; in a logic app's authorization policy, add an appid "
                    + "or oid claim for each caller.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        if (context.flow().isLogicApp()) {
            logicApp(context, report);
            return;
        }
        for (FlowNode trigger : context.flow().triggers()) {
            if (RequestTriggers.isCallableByUrl(trigger) && RequestTriggers.authenticationType(trigger).equals("TENANT")) {
                report.accept(context.hit(DESCRIPTOR, trigger, trigger.pointerTo("inputs", RequestTriggers.FIELD),
                        "HTTP trigger '" + trigger.name() + "' of flow '" + context.flow().name()
                                + "' can be run by any user in the tenant (triggerAuthenticationType is Tenant)")
                        .withEvidence("Tenant"));
            }
        }
    }

    /**
     * A Consumption logic app's Entra ID authorization policy that checks only the issuer (and audience) takes a
     * token of any account or app of the tenant: the Logic Apps counterpart of "Any user in my tenant".
     */
    private static void logicApp(FlowContext context, Consumer<Hit> report) {
        LogicApp app = context.flow().logicApp();
        String policy = app.isConsumptionResource() ? LogicAppTriggerAccess.policyWithoutCaller(app) : null;
        if (policy == null) {
            return;
        }
        for (FlowNode trigger : context.flow().triggers()) {
            if (RequestTriggers.isCallableByUrl(trigger)) {
                report.accept(context.hit(DESCRIPTOR, trigger, app.accessControlPointer()
                                + "/triggers/openAuthenticationPolicies/policies/" + JsonPointers.escape(policy),
                        "HTTP trigger '" + trigger.name() + "' of logic app '" + app.name() + "' takes a token of any "
                                + "account or app of the tenant: authorization policy '" + policy
                                + "' checks no caller claim (appid, azp, oid or sub)")
                        .withEvidence("policy:" + policy));
            }
        }
    }
}
