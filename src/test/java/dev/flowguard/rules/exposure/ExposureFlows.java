package dev.flowguard.rules.exposure;

import dev.flowguard.flow.Flow;
import dev.flowguard.testing.RuleHarness;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.solution.Solution;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads test flows and runs rules on them. */
final class ExposureFlows {

    private ExposureFlows() {
    }

    static Flow load(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return RuleHarness.load(resource.replaceFirst("^/(flows|fixtures)/", ""), "Workflows/" + file, file);
    }

    static List<Hit> hits(Rule rule, Flow flow, Solution solution) {
        return RuleHarness.hits(rule, flow, solution);
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
