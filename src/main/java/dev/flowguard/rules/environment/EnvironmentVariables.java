package dev.flowguard.rules.environment;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.SettingValue;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves what a flow's {@code @parameters('Display (schema)')} is: the flow's definition parameter, and
 * through its {@code metadata.schemaName} the solution's environment-variable definition (type, default,
 * current value) and the values deployment settings files give it.
 */
public final class EnvironmentVariables {

    private final Flow flow;
    private final Solution solution;

    public EnvironmentVariables(Flow flow, Solution solution) {
        this.flow = flow;
        this.solution = solution;
    }

    /** An environment variable as one flow sees it. */
    public record Resolved(FlowParameter parameter, EnvironmentVariable definition) {

        public String schemaName() {
            return parameter.schemaName();
        }

        /** The type the definition gives; {@link EnvironmentVariableType#UNKNOWN} when the solution lacks it. */
        public EnvironmentVariableType type() {
            return definition == null ? EnvironmentVariableType.UNKNOWN : definition.type();
        }

        public boolean isSecretType() {
            return type() == EnvironmentVariableType.SECRET;
        }

        /** String or JSON: a value anyone who can read the solution or the environment can read. */
        public boolean isPlainType() {
            return isPlain(type());
        }

        public boolean hasSecretLikeName() {
            return SecretNames.isSecret(parameter.name()) || SecretNames.isSecret(parameter.schemaName())
                    || definition != null && isSecretLike(definition);
        }

        /** How reports name it: the flow's own parameter name, which carries display and schema name. */
        public String label() {
            return "'" + parameter.name() + "'";
        }
    }

    /** The environment variable {@code parameterName} stands for, when it is one. */
    public Optional<Resolved> resolve(String parameterName) {
        return flow.parameter(parameterName).filter(FlowParameter::isEnvironmentVariable)
                .map(parameter -> new Resolved(parameter, solution.environmentVariable(parameter.schemaName()).orElse(null)));
    }

    /** Every environment variable the flow declares, resolved. */
    public List<Resolved> all() {
        List<Resolved> all = new ArrayList<>();
        flow.parameters().keySet().stream().sorted().forEach(name -> resolve(name).ifPresent(all::add));
        return all;
    }

    /** The values deployment settings files of this solution give {@code schemaName}. */
    public List<SettingValue> settingValues(String schemaName) {
        return settingValues(solution, schemaName);
    }

    static List<SettingValue> settingValues(Solution solution, String schemaName) {
        return solution.settings().stream().flatMap(settings -> settings.environmentVariables().stream())
                .filter(value -> value.schemaName() != null && value.schemaName().equalsIgnoreCase(schemaName)).toList();
    }

    /** {@code String}, {@code JSON}, {@code Secret}: as the maker portal names the types. */
    static String typeName(EnvironmentVariableType type) {
        return switch (type) {
            case JSON -> "JSON";
            case DATA_SOURCE -> "Data source";
            default -> type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    static boolean isPlain(EnvironmentVariableType type) {
        return type == EnvironmentVariableType.STRING || type == EnvironmentVariableType.JSON;
    }

    static boolean isSecretLike(EnvironmentVariable variable) {
        return SecretNames.isSecret(variable.schemaName()) || SecretNames.isSecret(variable.displayName());
    }

    /** How reports name a definition: {@code 'Display name' (schema_name)}. */
    static String label(EnvironmentVariable variable) {
        return variable.displayName() == null || variable.displayName().isBlank()
                ? "'" + variable.schemaName() + "'"
                : "'" + variable.displayName() + "' (" + variable.schemaName() + ")";
    }
}
