package dev.flowguard.flow.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a JSON string in a flow means to the runtime: plain text, one expression ({@code "@expr"}), or
 * text with interpolated expressions ({@code "a @{expr} b"}).
 *
 * @param parts text and expressions in order; a plain string is one {@link Text}
 * @param problem why the string could not be parsed, or null; the parts parsed before it are kept
 */
public record Template(String source, List<Part> parts, String problem) {

    public Template {
        parts = List.copyOf(parts);
    }

    public sealed interface Part {
    }

    public record Text(String value) implements Part {
    }

    /** @param offset where the expression starts in the source string */
    public record Embedded(Expression expression, int offset) implements Part {
    }

    public boolean parsed() {
        return problem == null;
    }

    // plain loops, not streams: these run for every string of every flow that holds an '@'

    public boolean hasExpressions() {
        if (problem != null) {
            return true;
        }
        for (Part part : parts) {
            if (part instanceof Embedded) {
                return true;
            }
        }
        return false;
    }

    public List<Expression> expressions() {
        List<Expression> expressions = new ArrayList<>(parts.size());
        for (Part part : parts) {
            if (part instanceof Embedded embedded) {
                expressions.add(embedded.expression());
            }
        }
        return Collections.unmodifiableList(expressions);
    }
}
