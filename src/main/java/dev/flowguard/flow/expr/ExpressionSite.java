package dev.flowguard.flow.expr;

import dev.flowguard.flow.FlowString;
import java.util.List;

/**
 * A JSON string in a flow that holds expressions, where it is, and what it reads. Flows hold many such strings
 * and most analyses never ask where one is, so its pointer is only built (once) when asked.
 */
public final class ExpressionSite {

    private final FlowString string;
    private final Template template;
    private String jsonPointer;

    ExpressionSite(FlowString string, Template template) {
        this.string = string;
        this.template = template;
    }

    /** The string's pointer, from the node the scan started at. */
    public String jsonPointer() {
        if (jsonPointer == null) {
            jsonPointer = string.pointer();
        }
        return jsonPointer;
    }

    public Template template() {
        return template;
    }

    public boolean parsed() {
        return template.parsed();
    }

    /** What the string reads; derived when asked, as most users of a site only need its template. */
    public List<Reference> references() {
        return Reference.in(template);
    }

    @Override
    public String toString() {
        return jsonPointer() + " " + template.source();
    }
}
