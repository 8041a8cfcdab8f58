package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Who may reach one part of a Consumption logic app by IP address, as its {@code properties.accessControl} says:
 * {@code triggers} (calls to Request triggers) or {@code contents} (run history inputs and outputs).
 *
 * @param jsonPointer where the deciding value is: the open range, the list, or the workflow's access control
 *     (or the resource) when the list is absent
 */
public record CallerIpRestriction(Scope scope, String jsonPointer) {

    /** The ranges that admit every address: the portal's "Any IP" written out, in either address family. */
    private static final Set<String> ANY = Set.of("0.0.0.0-255.255.255.255", "0.0.0.0/0", "::/0", "*", "");

    public enum Scope {
        /** No {@code allowedCallerIpAddresses}, or a range that covers every address. */
        ANY_IP,
        /** An empty list: the portal's "Only other Logic Apps" for triggers; an allow-list that admits nobody else. */
        NO_IP,
        /** Specific ranges. */
        SPECIFIC
    }

    /** @param section {@code triggers} or {@code contents} */
    public static CallerIpRestriction of(LogicApp app, String section) {
        JsonNode ranges = app.accessControl().path(section).path("allowedCallerIpAddresses");
        String pointer = app.accessControlPointer() + "/" + section + "/allowedCallerIpAddresses";
        if (!ranges.isArray()) {
            return new CallerIpRestriction(Scope.ANY_IP, app.accessControl().isMissingNode()
                    ? app.accessControlPointer().replaceFirst("/properties/accessControl$", "")
                    : app.accessControlPointer());
        }
        if (ranges.isEmpty()) {
            return new CallerIpRestriction(Scope.NO_IP, pointer);
        }
        for (int i = 0; i < ranges.size(); i++) {
            String range = ranges.get(i).path("addressRange").asText("").strip();
            if (ANY.contains(range)) {
                return new CallerIpRestriction(Scope.ANY_IP, pointer + "/" + i);
            }
        }
        return new CallerIpRestriction(Scope.SPECIFIC, pointer);
    }

    public boolean isAnyIp() {
        return scope == Scope.ANY_IP;
    }
}
