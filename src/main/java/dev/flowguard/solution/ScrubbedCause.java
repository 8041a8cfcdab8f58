package dev.flowguard.solution;

/**
 * What stands in for a parser's exception as the cause of an {@link UnreadableException}: its class,
 * a message without any of the file's content, and its stack trace for {@code -X}. Parsers quote the
 * tokens they choke on, and a token can be part of a secret, so their own messages (and causes) are
 * never kept.
 */
final class ScrubbedCause extends Exception {

    private static final long serialVersionUID = 1L;

    private ScrubbedCause(String message) {
        super(message, null, false, true);
    }

    static ScrubbedCause of(Throwable original, String safeMessage) {
        ScrubbedCause cause = new ScrubbedCause(original.getClass().getName() + ": " + safeMessage);
        cause.setStackTrace(original.getStackTrace());
        return cause;
    }
}
