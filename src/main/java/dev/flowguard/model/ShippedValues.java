package dev.flowguard.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.LogicAppLocator;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.solution.DeploymentSettings;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.LogicAppSettings;
import dev.flowguard.solution.SettingValue;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The values an artifact ships (see {@link ShippedValue}), found in one place for every rule that judges them. */
public final class ShippedValues {

    private ShippedValues() {
    }

    /** What the artifact's own files ship: environment variables, deployment settings, Logic Apps settings files. */
    public static List<ShippedValue> of(Solution solution) {
        List<ShippedValue> values = new ArrayList<>();
        for (EnvironmentVariable variable : solution.environmentVariables()) {
            String label = "environment variable " + EnvironmentVariables.label(variable);
            List<String> names = names(variable.schemaName(), variable.displayName());
            boolean secretNamed = EnvironmentVariables.isSecretLike(variable);
            if (variable.defaultValue() != null) {
                values.add(new ShippedValue(ShippedValue.Kind.ENVIRONMENT_VARIABLE_DEFAULT, variable.file(), null,
                        variable.defaultValue(), names, "the default value of " + label, secretNamed, variable.isSecret(),
                        variable));
            }
            if (variable.currentValue() != null) {
                values.add(new ShippedValue(ShippedValue.Kind.ENVIRONMENT_VARIABLE_CURRENT, variable.currentValueFile(),
                        null, variable.currentValue(), names, "the current value of " + label, secretNamed,
                        variable.isSecret(), variable));
            }
        }
        for (DeploymentSettings settings : solution.settings()) {
            for (SettingValue value : settings.environmentVariables()) {
                Optional<EnvironmentVariable> definition = solution.environmentVariable(value.schemaName());
                boolean secretNamed = definition.map(EnvironmentVariables::isSecretLike)
                        .orElse(SecretNames.isSecret(value.schemaName()));
                values.add(new ShippedValue(ShippedValue.Kind.DEPLOYMENT_SETTING, settings.file(), value.jsonPointer(),
                        value.value(), names(value.schemaName()), "the value deployment settings give environment variable '"
                                + value.schemaName() + "'", secretNamed,
                        definition.map(EnvironmentVariable::isSecret).orElse(false), definition.orElse(null)));
            }
        }
        for (LogicAppSettings settings : solution.logicAppSettings()) {
            for (SettingValue value : settings.values()) {
                values.add(settings.shape() == LogicAppSettings.Shape.ARM_PARAMETERS ? armParameter(settings, value)
                        : logicAppSetting(settings, value, solution));
            }
        }
        return values;
    }

    private static ShippedValue logicAppSetting(LogicAppSettings settings, SettingValue value, Solution solution) {
        String key = value.schemaName().substring(value.schemaName().lastIndexOf('/') + 1);
        return new ShippedValue(ShippedValue.Kind.LOGIC_APP_SETTING, settings.file(), value.jsonPointer(), value.value(),
                List.of(key), "setting '" + value.schemaName() + "' in " + settings.fileName() + " of logic app '"
                        + solution.name() + "'", SecretNames.isSecret(key), false, null);
    }

    /** Named by the parameter, and by the key inside an object value ({@code connection/password}). */
    private static ShippedValue armParameter(LogicAppSettings settings, SettingValue value) {
        String path = value.schemaName();
        int slash = path.indexOf('/');
        String parameter = slash < 0 ? path : path.substring(0, slash);
        List<String> names = slash < 0 ? List.of(parameter) : List.of(parameter, path.substring(path.lastIndexOf('/') + 1));
        return new ShippedValue(ShippedValue.Kind.ARM_PARAMETER_VALUE, settings.file(), value.jsonPointer(), value.value(),
                names, "ARM template parameter '" + path + "' in parameter file " + settings.fileName(),
                names.stream().anyMatch(SecretNames::isSecret), false, null);
    }

    /**
     * The values of an ARM template's {@code Microsoft.Web/connections} resources, for a template that deploys
     * connections but no workflow (with a workflow, the first workflow's logic app carries them).
     */
    public static List<ShippedValue> ofConnections(String file, LogicAppLocator.Connections connections) {
        List<ShippedValue> values = new ArrayList<>();
        List<LogicAppValue> found = new ArrayList<>(LogicAppValue.ofConnections(connections.values()));
        found.addAll(LogicAppValue.ofSplices(connections.splices(), new java.util.HashSet<>()));
        for (LogicAppValue value : found) {
            values.add(new ShippedValue(value.kind(), file, value.jsonPointer(), value.value(), value.names(),
                    value.what(), value.names().stream().anyMatch(SecretNames::isSecret), value.secureType(), null));
        }
        return values;
    }

    /**
     * What a flow ships beside its actions: its definition parameters' defaults (a solution flow's copy of each
     * environment variable's), and a logic app's deployment values (template parameter defaults that feed it, values
     * in {@code properties.parameters}, connection parameter values).
     */
    public static List<ShippedValue> of(Flow flow, Solution solution) {
        List<ShippedValue> values = new ArrayList<>();
        for (FlowParameter parameter : flow.parameters().values().stream()
                .sorted(Comparator.comparing(FlowParameter::name)).toList()) {
            JsonNode defaultValue = parameter.defaultValue();
            if (parameter.isPlatformParameter() || defaultValue == null || !defaultValue.isTextual()) {
                continue;
            }
            Optional<EnvironmentVariables.Resolved> variable = EnvironmentVariables.resolve(flow, solution, parameter.name());
            String subject = "the default value flow '" + flow.name() + "' carries for "
                    + (variable.isPresent() ? "environment variable " + variable.get().label()
                    : (parameter.isSecureType() ? "secure parameter '" : "parameter '") + parameter.name() + "'");
            boolean secretNamed = variable.map(EnvironmentVariables.Resolved::isSecretLike)
                    .orElse(SecretNames.isSecret(parameter.name()));
            boolean secure = parameter.isSecureType() || variable.map(EnvironmentVariables.Resolved::isSecretType).orElse(false);
            values.add(new ShippedValue(ShippedValue.Kind.FLOW_PARAMETER_DEFAULT, flow.file(),
                    parameter.jsonPointer() + "/defaultValue", defaultValue.asText(),
                    names(parameter.name(), parameter.schemaName()), subject, secretNamed, secure,
                    variable.map(EnvironmentVariables.Resolved::definition).orElse(null)));
        }
        for (LogicAppValue value : LogicAppValue.of(flow)) {
            values.add(new ShippedValue(value.kind(), flow.file(), value.jsonPointer(), value.value(), value.names(),
                    value.what(), value.names().stream().anyMatch(SecretNames::isSecret), value.secureType(), null));
        }
        return values;
    }

    private static List<String> names(String... names) {
        return Stream.of(names).filter(Objects::nonNull).toList();
    }
}
