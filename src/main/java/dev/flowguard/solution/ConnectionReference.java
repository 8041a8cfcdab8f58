package dev.flowguard.solution;

/** A connection reference declared in customizations.xml. */
public record ConnectionReference(String logicalName, String displayName, String connectorId) {
}
