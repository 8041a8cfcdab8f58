package dev.flowguard.solution;

import java.util.List;

/**
 * A Logic Apps deployment file, as the string values it holds: a Standard project's {@code local.settings.json}
 * ({@code Values}, {@code ConnectionStrings}), {@code parameters.json} or {@code connections.json}, or an ARM
 * template's parameter file ({@code deploymentParameters} schema).
 *
 * @param file the file as findings name it
 * @param values every string value: {@link SettingValue#schemaName()} is the key path ({@code Values/ApiKey},
 *     {@code serviceProviderConnections/sql/parameterValues/connectionString}; for a parameter file the parameter's
 *     name, then any key inside an object value)
 * @param text the file's text, for locating findings
 */
public record LogicAppSettings(String file, List<SettingValue> values, String text, Shape shape) {

    /** Which file it is: the values' names mean different things. */
    public enum Shape {
        /** local.settings.json, parameters.json, connections.json of a Standard project. */
        STANDARD_SETTINGS,
        /** An ARM template parameter file: {@code parameters.<name>.value}. */
        ARM_PARAMETERS
    }

    public LogicAppSettings {
        values = List.copyOf(values);
    }

    /** A Standard project's settings file. */
    public LogicAppSettings(String file, List<SettingValue> values, String text) {
        this(file, values, text, Shape.STANDARD_SETTINGS);
    }

    /** {@code local.settings.json}, {@code parameters.json} …: how messages name the file. */
    public String fileName() {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('!')) + 1);
    }
}
