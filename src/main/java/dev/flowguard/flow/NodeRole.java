package dev.flowguard.flow;

/** Whether a node starts the flow or runs in it. */
public enum NodeRole {
    TRIGGER,
    ACTION
}
