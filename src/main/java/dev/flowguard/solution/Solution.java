package dev.flowguard.solution;

import java.util.List;
import java.util.Optional;

/**
 * What flowguard knows of one artifact before reading its flows: its name, environment variables,
 * connection references and the flow files still to read.
 *
 * @param name the solution's unique name from solution.xml, else the artifact's name
 * @param artifact the zip or folder as the user or discovery named it
 * @param logicAppSettings a Logic Apps Standard project's {@code local.settings.json}, {@code parameters.json} and
 *     {@code connections.json}
 */
public record Solution(
        String name,
        String artifact,
        ArtifactKind kind,
        List<EnvironmentVariable> environmentVariables,
        List<ConnectionReference> connectionReferences,
        List<FlowSource> flows,
        List<DeploymentSettings> settings,
        List<LogicAppSettings> logicAppSettings) {

    public Solution {
        logicAppSettings = List.copyOf(logicAppSettings);
        environmentVariables = List.copyOf(environmentVariables);
        connectionReferences = List.copyOf(connectionReferences);
        flows = List.copyOf(flows);
        settings = List.copyOf(settings);
    }

    /** A Power Platform artifact: no Logic Apps settings files. */
    public Solution(String name, String artifact, ArtifactKind kind, List<EnvironmentVariable> environmentVariables,
            List<ConnectionReference> connectionReferences, List<FlowSource> flows, List<DeploymentSettings> settings) {
        this(name, artifact, kind, environmentVariables, connectionReferences, flows, settings, List.of());
    }

    public Optional<EnvironmentVariable> environmentVariable(String schemaName) {
        return environmentVariables.stream().filter(v -> v.schemaName().equalsIgnoreCase(schemaName)).findFirst();
    }
}
