package dev.flowguard.flow.expr;

import java.util.List;
import java.util.Optional;

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

    public boolean hasExpressions() {
        return parts.stream().anyMatch(p -> p instanceof Embedded) || problem != null;
    }

    public List<Expression> expressions() {
        return parts.stream().filter(p -> p instanceof Embedded).map(p -> ((Embedded) p).expression()).toList();
    }

    public Optional<String> failure() {
        return Optional.ofNullable(problem);
    }
}
