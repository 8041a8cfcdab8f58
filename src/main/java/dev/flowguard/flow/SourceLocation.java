package dev.flowguard.flow;

/** A line and column (both 1-based; 0 when unknown) in a flow file. */
public record SourceLocation(int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);
}
