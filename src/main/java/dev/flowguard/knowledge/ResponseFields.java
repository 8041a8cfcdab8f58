package dev.flowguard.knowledge;

import dev.flowguard.flow.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets the flow itself says an action returned: it reads a secret-named field of the action's response
 * ({@code body('Exchange_token')?['access_token']}, {@code outputs('Get_user')?['body']?['password']}). Custom
 * connectors that exchange tokens, child flows that hand one back and APIs that return keys are secret sources
 * that way, whatever their operation is called.
 */
public final class ResponseFields {

    /** A secret-named field read from an action's response. */
    public record Read(String action, String field) {
    }

    private static final Pattern READ = Pattern.compile(
            "(?i)\\b(?:body|outputs|actionBody|actionOutputs)\\(\\s*'((?:[^']|'')+)'\\s*\\)(?:\\s*\\?)?"
                    + "(?:\\s*\\[\\s*'body'\\s*\\](?:\\s*\\?)?)?\\s*\\[\\s*'([^']+)'\\s*\\]");

    /** Actions whose response comes from outside the flow: what they return is data, secrets included. */
    private static final Set<String> RESPONDING_TYPES = Set.of("http", "httpwebhook", "openapiconnection",
            "apiconnection", "apiconnectionwebhook", "workflow", "function", "apimanagement", "serviceprovider");

    /** The tails of body(), actionBody(), outputs() and actionOutputs(), as their callers write them. */
    private static final List<String> CALLS = List.of("ody(", "utputs(");
    /** How far a read reaches from the function's name: an action's name, {@code ?['body']} and the field. */
    private static final int REACH = 600;

    private ResponseFields() {
    }

    /** Every secret-named field read from an action's response in {@code text}. */
    public static List<Read> secretReads(String text) {
        List<Read> reads = new ArrayList<>(0);
        // the pattern is tried only near each "body(" or "outputs(": strings can be long HTML with few reads
        Matcher matcher = READ.matcher(text).useTransparentBounds(true);
        for (String call : CALLS) {
            for (int at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
                int start = at;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                matcher.region(start, Math.min(text.length(), start + REACH));
                if (matcher.lookingAt()) {
                    String field = matcher.group(2);
                    if (SecretNames.isSecret(field)) {
                        reads.add(new Read(matcher.group(1).replace("''", "'"), field));
                    }
                }
            }
        }
        return reads;
    }

    /** Whether {@code node}'s response comes from outside the flow. */
    public static boolean responds(FlowNode node) {
        return RESPONDING_TYPES.contains(node.type().toLowerCase(Locale.ROOT));
    }
}
