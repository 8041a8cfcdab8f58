package dev.flowguard.suppress;

/**
 * Something the build log should say about the suppressions themselves: an expired entry, a baseline
 * entry that no longer matches, an entry that matched nothing.
 *
 * @param warning true when the team should act on it
 * @param reactorWide true when it is about a file the whole reactor shares, so the build says it once, not once
 *     per module
 */
public record Notice(boolean warning, String text, boolean reactorWide) {

    public Notice(boolean warning, String text) {
        this(warning, text, false);
    }
}
