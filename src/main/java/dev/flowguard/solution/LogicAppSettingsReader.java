package dev.flowguard.solution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the settings files of a Logic Apps Standard project. They are JSON with comments, as the Functions host
 * reads them (the shared {@link JsonReader} accepts {@code //} and block comments).
 */
final class LogicAppSettingsReader {

    static final Set<String> FILE_NAMES = Set.of("local.settings.json", "parameters.json", "connections.json");

    private LogicAppSettingsReader() {
    }

    static boolean isSettingsName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FILE_NAMES.contains(lower) || lower.startsWith("parameters.") && lower.endsWith(".json");
    }

    static LogicAppSettings read(JsonReader json, String file, byte[] bytes) throws UnreadableException {
        JsonNode root = json.parse(bytes);
        if (!root.isObject()) {
            throw new UnreadableException("not a Logic Apps settings file: the top level is not a JSON object");
        }
        List<SettingValue> values = new ArrayList<>();
        if (file.toLowerCase(Locale.ROOT).endsWith("local.settings.json")) {
            // the app settings and connection strings; IsEncrypted, Host and the rest are the host's own
            strings(root.path("Values"), "/Values", "Values", values);
            strings(root.path("ConnectionStrings"), "/ConnectionStrings", "ConnectionStrings", values);
        } else {
            strings(root, "", "", values);
        }
        return new LogicAppSettings(file, values, TextDecoder.decode(bytes));
    }

    private static void strings(JsonNode node, String pointer, String key, List<SettingValue> into) {
        if (node.isTextual()) {
            into.add(new SettingValue(key, node.asText(), pointer));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                strings(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                        key.isEmpty() ? field.getKey() : key + "/" + field.getKey(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), pointer + "/" + i, key, into);
            }
        }
    }
}
