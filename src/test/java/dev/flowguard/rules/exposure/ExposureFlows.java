package dev.flowguard.rules.exposure;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.Rule;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.Solution;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads test flows and runs rules on them. */
final class ExposureFlows {

    private ExposureFlows() {
    }

    static Flow load(String resource) throws Exception {
        try (InputStream in = ExposureFlows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            return FlowParser.parse("Test", "Workflows/" + file, null, file,
                    new JsonReader(ReadLimits.DEFAULTS).parse(bytes));
        }
    }

    static List<Hit> hits(Rule rule, Flow flow, Solution solution) {
        List<Hit> hits = new ArrayList<>();
        rule.checkFlow(new FlowContext(flow, solution, Redactor.REDACTING), hits::add);
        return hits;
    }

    /** The names of the actions hit. */
    static Set<String> actions(List<Hit> hits) {
        Set<String> names = new TreeSet<>();
        hits.forEach(hit -> names.add(hit.node().name()));
        return names;
    }

    static Hit on(List<Hit> hits, String action) {
        return hits.stream().filter(h -> h.node().name().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit on " + action + " in " + actions(hits)));
    }
}
