package dev.flowguard.solution;

/**
 * One environment-variable value in a deployment settings file.
 *
 * @param jsonPointer where the value is in the settings file
 */
public record SettingValue(String schemaName, String value, String jsonPointer) {
}
