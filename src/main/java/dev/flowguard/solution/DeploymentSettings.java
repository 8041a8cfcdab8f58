package dev.flowguard.solution;

import java.util.List;

/**
 * A {@code pac solution create-settings} file: the values an environment gets at import.
 *
 * @param file the file as findings name it
 * @param text the file's text, for locating findings
 */
public record DeploymentSettings(String file, List<SettingValue> environmentVariables, String text) {

    public DeploymentSettings {
        environmentVariables = List.copyOf(environmentVariables);
    }
}
