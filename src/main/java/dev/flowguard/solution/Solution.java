package dev.flowguard.solution;

import java.util.List;
import java.util.Optional;

/**
 * What flowguard knows of one artifact before reading its flows: its name, environment variables,
 * connection references and the flow files still to read.
 *
 * @param name the solution's unique name from solution.xml, else the artifact's name
 * @param artifact the zip or folder as the user or discovery named it
 */
public record Solution(
        String name,
        String artifact,
        ArtifactKind kind,
        List<EnvironmentVariable> environmentVariables,
        List<ConnectionReference> connectionReferences,
        List<FlowSource> flows,
        List<DeploymentSettings> settings) {

    public Solution {
        environmentVariables = List.copyOf(environmentVariables);
        connectionReferences = List.copyOf(connectionReferences);
        flows = List.copyOf(flows);
        settings = List.copyOf(settings);
    }

    public Optional<EnvironmentVariable> environmentVariable(String schemaName) {
        return environmentVariables.stream().filter(v -> v.schemaName().equalsIgnoreCase(schemaName)).findFirst();
    }
}
