package dev.flowguard.solution;

/**
 * An environment-variable definition shipped in a solution, with its current value when the solution
 * carries one ({@code environmentvariablevalues.json}).
 *
 * @param file where the definition is, as findings name it
 * @param currentValueFile where the current value is ({@code environmentvariablevalues.json}), as findings name
 *     it; null when the solution carries none
 */
public record EnvironmentVariable(
        String schemaName,
        String displayName,
        EnvironmentVariableType type,
        String defaultValue,
        String currentValue,
        String file,
        String currentValueFile) {

    /** A definition without a current value. */
    public EnvironmentVariable(String schemaName, String displayName, EnvironmentVariableType type, String defaultValue,
            String file) {
        this(schemaName, displayName, type, defaultValue, null, file, null);
    }

    public boolean isSecret() {
        return type == EnvironmentVariableType.SECRET;
    }
}
