package dev.flowguard.flow.expr;

import java.util.List;

/**
 * A JSON string in a flow that holds expressions, where it is, and what it reads.
 *
 * @param jsonPointer the string's pointer, from the node the scan started at
 */
public record ExpressionSite(String jsonPointer, Template template) {

    /** What the string reads; derived when asked, as most users of a site only need its template. */
    public List<Reference> references() {
        return Reference.in(template);
    }

    public boolean parsed() {
        return template.parsed();
    }
}
