package dev.flowguard.rules.credential;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A flow's definition parameters in the order the file has them, so hits come out in a stable order. */
final class DefinitionParameters {

    private DefinitionParameters() {
    }

    static List<FlowParameter> inFileOrder(Flow flow) {
        List<FlowParameter> ordered = new ArrayList<>(flow.parameters().size());
        Iterator<String> names = flow.definition().path("parameters").fieldNames();
        while (names.hasNext()) {
            flow.parameter(names.next()).ifPresent(ordered::add);
        }
        return ordered;
    }
}
