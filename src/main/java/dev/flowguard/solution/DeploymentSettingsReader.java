package dev.flowguard.solution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code pac solution create-settings} files: {@code EnvironmentVariables[].SchemaName/Value}. */
final class DeploymentSettingsReader {

    private DeploymentSettingsReader() {
    }

    static boolean isSettingsName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") && lower.contains("deploymentsettings");
    }

    static DeploymentSettings read(JsonReader json, String file, byte[] bytes) throws UnreadableException {
        JsonNode root = json.parse(bytes);
        if (!root.isObject()) {
            throw new UnreadableException("not a deployment settings file: the top level is not a JSON object");
        }
        List<SettingValue> values = new ArrayList<>();
        JsonNode variables = root.path("EnvironmentVariables");
        for (int i = 0; i < variables.size(); i++) {
            JsonNode variable = variables.get(i);
            JsonNode value = variable.path("Value");
            values.add(new SettingValue(variable.path("SchemaName").asText(""),
                    value.isValueNode() ? value.asText() : value.toString(),
                    "/EnvironmentVariables/" + i + "/Value"));
        }
        return new DeploymentSettings(file, values, TextDecoder.decode(bytes));
    }
}
