package dev.flowguard.model;

import dev.flowguard.flow.SourceLocation;
import java.util.Objects;

/**
 * One step of a secret's way as reports show it: the file and the place in it, the action, and what happens to the
 * secret there ({@code Key Vault secret read here}, {@code kept in variable apiKey}, {@code sent in header x-api-key}).
 * The message names actions, fields and the kind of secret, never its value. A step may lie in another flow of the
 * solution than the finding it belongs to: a parent that sends the secret to its child, a child that hands it back.
 *
 * @param file the flow file as findings name it ({@code My.zip!Workflows/Foo-GUID.json})
 * @param line 1-based, 0 until located (or when the file has no such place)
 * @param column 1-based, 0 when unknown
 * @param action the trigger's or action's name, or {@code parameters('…')} for a parameter
 * @param pointer the JSON pointer of the step's field in the file; empty when the step has no place there
 * @param message what happens to the secret there
 */
public record PathStep(String file, int line, int column, String action, String pointer, String message) {

    public PathStep {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** A step of {@code file} whose line is not known yet. */
    static PathStep unplaced(String file, String action, String pointer, String message) {
        return new PathStep(file, 0, 0, action, pointer, message);
    }

    /** Whether this step still waits for its line in {@code inFile}: it is there and has a place. */
    public boolean awaitsLocation(String inFile) {
        return line == 0 && !pointer.isEmpty() && file.equals(inFile);
    }

    /** This step at {@code location}; unchanged when the location is unknown. */
    public PathStep at(SourceLocation location) {
        return location == null || location.line() == 0 ? this
                : new PathStep(file, location.line(), location.column(), action, pointer, message);
    }
}
