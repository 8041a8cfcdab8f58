package dev.flowguard.rules.trigger;

import dev.flowguard.flow.CallerIpRestriction;
import dev.flowguard.flow.LogicApp;

/**
 * Who can call a Logic Apps Request trigger. Its callback URL carries a SAS signature ({@code sig}), so whoever
 * holds the URL can call it, unless a Consumption logic app also asks for an Entra ID token
 * ({@code accessControl.triggers.openAuthenticationPolicies}) or limits the callers' IP addresses. A Standard
 * logic app's equivalents (App Service authentication, access restrictions) are app settings, not in the project.
 */
final class LogicAppTriggerAccess {

    private LogicAppTriggerAccess() {
    }

    static boolean hasAuthorizationPolicy(LogicApp app) {
        return app.accessControl().path("triggers").path("openAuthenticationPolicies").path("policies").size() > 0;
    }

    /** Anyone with the callback URL: no authorization policy, and callers from any IP address. */
    static boolean anyoneWithTheUrl(LogicApp app) {
        if (!app.isConsumptionResource()) {
            return true;
        }
        return !hasAuthorizationPolicy(app) && CallerIpRestriction.of(app, "triggers").isAnyIp();
    }
}
