package dev.flowguard.solution;

/**
 * An environment-variable definition shipped in a solution, with its current value when the solution
 * carries one ({@code environmentvariablevalues.json}).
 *
 * @param file where the definition is, as findings name it
 */
public record EnvironmentVariable(
        String schemaName,
        String displayName,
        EnvironmentVariableType type,
        String defaultValue,
        String currentValue,
        String file) {

    public boolean isSecret() {
        return type == EnvironmentVariableType.SECRET;
    }
}
