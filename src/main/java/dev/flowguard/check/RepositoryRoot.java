package dev.flowguard.check;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder SARIF paths are given from: the checkout's root (the nearest folder at or above the reactor root that
 * holds {@code .git}), where code scanning resolves them; the reactor root when there is no checkout.
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path of(Path reactorRoot) {
        Path start = reactorRoot.toAbsolutePath().normalize();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return folder;
            }
        }
        return start;
    }
}
