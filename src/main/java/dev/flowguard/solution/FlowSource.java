package dev.flowguard.solution;

/**
 * A flow file of a solution, not yet read: flows are read, checked and released one at a time.
 *
 * @param displayPath the file as findings name it
 * @param displayName the flow's name from the solution's metadata, or null to take it from the JSON
 * @param knownCloudFlow true when the solution's metadata says Category 5; false when only the JSON
 *     shape can tell
 */
public record FlowSource(ContentEntry entry, String displayPath, String displayName, boolean knownCloudFlow) {
}
