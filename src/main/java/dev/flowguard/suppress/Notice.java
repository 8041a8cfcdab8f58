package dev.flowguard.suppress;

/**
 * Something the build log should say about the suppressions themselves: an expired entry, a baseline
 * entry that no longer matches, an entry that matched nothing.
 *
 * @param warning true when the team should act on it
 */
public record Notice(boolean warning, String text) {
}
