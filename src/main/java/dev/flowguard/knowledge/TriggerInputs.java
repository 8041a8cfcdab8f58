package dev.flowguard.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The credentials a flow is given by its caller: the fields of a request trigger's body (HTTP request, Power Apps
 * V2, a child flow's manual trigger) that its schema names like a secret; the value model adds those the flow
 * reads from {@code triggerBody()} by such a name. A manual trigger names its inputs {@code text}, {@code text_1},
 * … and says what each is in the schema's {@code title} (or a short {@code description}).
 */
public final class TriggerInputs {

    /** A description names its field only when it is short: a sentence about a secret is not a secret's name. */
    private static final int MAX_DESCRIPTION_WORDS = 4;

    private TriggerInputs() {
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
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
                    || SecretNames.isSecret(description) && words(description) <= MAX_DESCRIPTION_WORDS) {
                fields.add(member.getKey());
            }
        }
        return fields;
    }

}
