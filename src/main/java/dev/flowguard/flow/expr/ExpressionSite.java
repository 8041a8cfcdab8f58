package dev.flowguard.flow.expr;

import java.util.List;

/**
 * A JSON string in a flow that holds expressions, where it is, and what it reads.
 *
 * @param jsonPointer the string's pointer, from the node the scan started at
 */
public record ExpressionSite(String jsonPointer, Template template, List<Reference> references) {

    public ExpressionSite {
        references = List.copyOf(references);
    }

    public boolean parsed() {
        return template.parsed();
    }
}
