package dev.flowguard.testing;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.Rule;
import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.Solution;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule over one flow, the way the scanner does: "this flow in, these hits out". */
public final class RuleHarness {

    private RuleHarness() {
    }

    public static Flow flow(String json) {
        try {
            return FlowParser.parse("Contoso", "Workflows/Test.json", "Test flow", "Test",
                    new JsonReader(ReadLimits.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("test flow does not parse", e);
        }
    }

    public static List<Hit> hits(Rule rule, String flowJson) {
        return hits(rule, flowJson, emptySolution());
    }

    public static List<Hit> hits(Rule rule, String flowJson, Solution solution) {
        List<Hit> hits = new ArrayList<>();
        rule.checkFlow(new FlowContext(flow(flowJson), solution, Redactor.REDACTING), hits::add);
        return hits;
    }

    public static Solution emptySolution() {
        return new Solution("Contoso", "Contoso", ArtifactKind.UNPACKED_SOLUTION, List.of(), List.of(), List.of(), List.of());
    }
}
