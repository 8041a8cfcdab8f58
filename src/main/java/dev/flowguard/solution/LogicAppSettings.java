package dev.flowguard.solution;

import java.util.List;

/**
 * A Logic Apps Standard project's settings file: {@code local.settings.json} ({@code Values},
 * {@code ConnectionStrings}), {@code parameters.json} or {@code connections.json}, as the string values it holds.
 *
 * @param file the file as findings name it
 * @param values every string value: {@link SettingValue#schemaName()} is the key path ({@code Values/ApiKey},
 *     {@code serviceProviderConnections/sql/parameterValues/connectionString})
 * @param text the file's text, for locating findings
 */
public record LogicAppSettings(String file, List<SettingValue> values, String text) {

    public LogicAppSettings {
        values = List.copyOf(values);
    }

    /** {@code local.settings.json}, {@code parameters.json} …: how messages name the file. */
    public String fileName() {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('!')) + 1);
    }
}
