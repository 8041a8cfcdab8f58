package dev.flowguard.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials a flow is given by its caller: the fields of a request trigger's body (HTTP request, Power Apps
 * V2, a child flow's manual trigger) that its schema names like a secret, or that the flow reads from
 * {@code triggerBody()} by such a name. A manual trigger names its inputs {@code text}, {@code text_1}, … and
 * says what each is in the schema's {@code title} (or a short {@code description}).
 */
public final class TriggerInputs {

    /** {@code triggerBody()?['password']}, {@code triggerOutputs()?['body']?['api-key']}, {@code triggerBody().secret}. */
    private static final Pattern READ_FIELD = Pattern.compile(
            "(?i)trigger(?:Body|Outputs)\\(\\)(?:\\s*\\?)?(?:\\s*\\[\\s*'body'\\s*\\](?:\\s*\\?)?)?"
                    + "(?:\\s*\\[\\s*'([^']+)'\\s*\\]|\\.([A-Za-z_][A-Za-z0-9_]*))");
    /** A description names its field only when it is short: a sentence about a secret is not a secret's name. */
    private static final int MAX_DESCRIPTION_WORDS = 4;

    private TriggerInputs() {
    }

    /** Whether the trigger passes on what its caller sends: a Request trigger of any kind. */
    public static boolean receivesCallerData(FlowNode trigger) {
        return trigger.isType("Request");
    }

    /** The body fields that the trigger's schema says hold a credential, lower case. */
    public static Set<String> schemaCredentials(FlowNode trigger) {
        Set<String> fields = new TreeSet<>();
        JsonNode properties = trigger.inputs().path("schema").path("properties");
        Iterator<Map.Entry<String, JsonNode>> members = properties.properties().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode field = member.getValue();
            String description = field.path("description").asText("");
            if (SecretNames.isSecret(member.getKey()) || SecretNames.isSecret(field.path("title").asText(""))
                    || description.split("\\s+").length <= MAX_DESCRIPTION_WORDS && SecretNames.isSecret(description)) {
                fields.add(member.getKey());
            }
        }
        return fields;
    }

    /** The secret-named fields an expression in {@code text} reads from the trigger's body. */
    public static Set<String> credentialsRead(String text) {
        Set<String> fields = new TreeSet<>();
        // the pattern is tried only at each "trigger": strings can be long HTML with few reads
        Matcher matcher = READ_FIELD.matcher(text);
        for (int at = text.indexOf("rigger"); at >= 1; at = text.indexOf("rigger", at + 1)) {
            matcher.region(at - 1, Math.min(text.length(), at + REACH));
            if (matcher.lookingAt()) {
                String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (SecretNames.isSecret(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static final int REACH = 300;
}
