package dev.flowguard.flow;

/** The JSON parsed but is not shaped like a flow, or its flow parts are malformed. */
public class NotAFlowException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotAFlowException(String reason) {
        super(reason);
    }
}
