package dev.flowguard.scan;

import java.nio.file.Path;

/**
 * One artifact to scan.
 *
 * @param displayName how findings name it: the path relative to the project, or as the user gave it
 */
public record ScanInput(Path path, String displayName) {
}
