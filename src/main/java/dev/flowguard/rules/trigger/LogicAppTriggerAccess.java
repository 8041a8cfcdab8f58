package dev.flowguard.rules.trigger;

import dev.flowguard.flow.CallerIpRestriction;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.LogicApp;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who can call a Logic Apps Request trigger. Its callback URL carries a SAS signature ({@code sig}), so whoever
 * holds the URL can call it, unless a Consumption logic app turns SAS off
 * ({@code accessControl.triggers.sasAuthenticationPolicy.state: Disabled}, leaving Entra ID tokens checked by
 * {@code openAuthenticationPolicies} as the only way in) or limits the callers' IP addresses. An authorization
 * policy alone does not close the URL. A Standard logic app's equivalents (App Service authentication, access
 * restrictions) are app settings, not in the project.
 */
final class LogicAppTriggerAccess {

    /** Claims that name the caller; a policy without one admits any account or app that gets a token from the issuer. */
    private static final Set<String> CALLER_CLAIMS = Set.of("appid", "azp", "oid", "sub");

    private LogicAppTriggerAccess() {
    }

    static boolean hasAuthorizationPolicy(LogicApp app) {
        return app.accessControl().path("triggers").path("openAuthenticationPolicies").path("policies").size() > 0;
    }

    /**
     * The first authorization policy that names no caller (only {@code iss}, {@code aud} …), or null when every
     * policy names one or there is none.
     */
    static String policyWithoutCaller(LogicApp app) {
        JsonNode policies = app.accessControl().path("triggers").path("openAuthenticationPolicies").path("policies");
        Iterator<Map.Entry<String, JsonNode>> named = policies.properties().iterator();
        while (named.hasNext()) {
            Map.Entry<String, JsonNode> policy = named.next();
            boolean namesCaller = false;
            for (JsonNode claim : policy.getValue().path("claims")) {
                namesCaller |= CALLER_CLAIMS.contains(claim.path("name").asText("").toLowerCase(Locale.ROOT));
            }
            if (!namesCaller) {
                return policy.getKey(); // policies are alternatives: a token that satisfies any one gets in
            }
        }
        return null;
    }

    /**
     * SAS is on unless {@code accessControl.triggers.sasAuthenticationPolicy.state} is {@code Disabled}: an
     * authorization policy adds a way in (a token) without closing the callback URL's.
     */
    static boolean sasDisabled(LogicApp app) {
        return app.accessControl().path("triggers").path("sasAuthenticationPolicy").path("state").asText("")
                .equalsIgnoreCase("Disabled");
    }

    /** Anyone with the callback URL: SAS on, and callers from any IP address. */
    static boolean anyoneWithTheUrl(LogicApp app) {
        if (!app.isConsumptionResource()) {
            return true;
        }
        return !sasDisabled(app) && CallerIpRestriction.of(app, "triggers").isAnyIp();
    }
}
