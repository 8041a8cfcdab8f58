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

    /** What an ARM parameter file's {@code $schema} ends with; a template's says deploymentTemplate.json. */
    private static final String ARM_PARAMETERS_SCHEMA = "deploymentparameters.json";

    private LogicAppSettingsReader() {
    }

    /**
     * A Standard project's settings file: also {@code parameters.<env>.json} and {@code <env>.parameters.json}, the
     * per-environment copies deployment pipelines keep beside the project.
     */
    static boolean isSettingsName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FILE_NAMES.contains(lower) || lower.startsWith("parameters.") && lower.endsWith(".json")
                || lower.endsWith(".parameters.json");
    }

    /** Whether the head of a JSON file (lower-cased) declares the ARM parameter file schema. */
    static boolean declaresArmParameters(String lowerHead) {
        return lowerHead.contains(ARM_PARAMETERS_SCHEMA);
    }

    /**
     * An ARM template's parameter file: each {@code parameters.<name>.value} that holds strings. A
     * {@code reference} to a Key Vault secret is how a parameter file should pass a secret, and holds none.
     */
    static LogicAppSettings readArmParameters(JsonReader json, String file, byte[] bytes) throws UnreadableException {
        JsonNode root = json.parse(bytes);
        if (!root.isObject() || !root.path("parameters").isObject()) {
            throw new UnreadableException("not an ARM parameter file: it has no top-level \"parameters\" object");
        }
        List<SettingValue> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> parameters = root.path("parameters").properties().iterator();
        while (parameters.hasNext()) {
            Map.Entry<String, JsonNode> parameter = parameters.next();
            JsonNode value = parameter.getValue().path("value");
            strings(value, "/parameters/" + escape(parameter.getKey()) + "/value", parameter.getKey(), values);
        }
        return new LogicAppSettings(file, values, TextDecoder.decode(bytes), LogicAppSettings.Shape.ARM_PARAMETERS);
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
                strings(field.getValue(), pointer + "/" + escape(field.getKey()),
                        key.isEmpty() ? field.getKey() : key + "/" + field.getKey(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), pointer + "/" + i, key, into);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
