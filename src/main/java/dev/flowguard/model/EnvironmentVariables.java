package dev.flowguard.model;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.Solution;
import java.util.Locale;
import java.util.Optional;

/**
 * What a flow's {@code @parameters('Display (schema)')} is: the flow's definition parameter, and through its
 * {@code metadata.schemaName} the solution's environment-variable definition. The one place that says which
 * environment variables hold a secret: by any of their names (the flow's {@code Display (schema)}, the schema name,
 * the definition's display name), so a variable {@code hc_PartnerConfig} shown as "Partner API Key" is one.
 */
public final class EnvironmentVariables {

    /** An environment variable as one flow sees it; {@code definition} is null when the solution does not carry it. */
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

        public boolean isSecretLike() {
            return SecretNames.isSecret(parameter.name()) || SecretNames.isSecret(parameter.schemaName())
                    || definition != null && EnvironmentVariables.isSecretLike(definition);
        }

        /** How reports name it: the flow's own parameter name, which carries display and schema name. */
        public String label() {
            return "'" + parameter.name() + "'";
        }
    }

    private EnvironmentVariables() {
    }

    /** The environment variable {@code parameterName} of {@code flow} stands for, when it is one. */
    public static Optional<Resolved> resolve(Flow flow, Solution solution, String parameterName) {
        return flow.parameter(parameterName).filter(FlowParameter::isEnvironmentVariable).map(parameter -> new Resolved(
                parameter, solution == null ? null : solution.environmentVariable(parameter.schemaName()).orElse(null)));
    }

    /** Named like a secret, by its schema name or its display name. */
    public static boolean isSecretLike(EnvironmentVariable variable) {
        return SecretNames.isSecret(variable.schemaName()) || SecretNames.isSecret(variable.displayName());
    }

    /** {@code String}, {@code JSON}, {@code Secret}: as the maker portal names the types. */
    public static String typeName(EnvironmentVariableType type) {
        return switch (type) {
            case JSON -> "JSON";
            case DATA_SOURCE -> "Data source";
            default -> type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** String or JSON: a value anyone who can read the solution or the environment can read. */
    public static boolean isPlain(EnvironmentVariableType type) {
        return type == EnvironmentVariableType.STRING || type == EnvironmentVariableType.JSON;
    }

    /** How reports name a definition: {@code 'Display name' (schema_name)}. */
    public static String label(EnvironmentVariable variable) {
        return variable.displayName() == null || variable.displayName().isBlank()
                ? "'" + variable.schemaName() + "'"
                : "'" + variable.displayName() + "' (" + variable.schemaName() + ")";
    }
}
