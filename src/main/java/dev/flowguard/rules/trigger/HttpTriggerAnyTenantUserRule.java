package dev.flowguard.rules.trigger;

import dev.flowguard.flow.FlowNode;
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
                    + "'Specific users in my tenant' and list them.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (FlowNode trigger : context.flow().triggers()) {
            if (RequestTriggers.isCallableByUrl(trigger) && RequestTriggers.authenticationType(trigger).equals("TENANT")) {
                report.accept(context.hit(DESCRIPTOR, trigger, trigger.pointerTo("inputs", RequestTriggers.FIELD),
                        "HTTP trigger '" + trigger.name() + "' of flow '" + context.flow().name()
                                + "' can be run by any user in the tenant (triggerAuthenticationType is Tenant)",
                        "Tenant"));
            }
        }
    }
}
