package dev.flowguard.testing;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.model.FlowModel;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
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
        return flow(json, "Workflows/Test.json", "Test flow");
    }

    /**
     * A flow of src/test/resources/flows ({@code exposure/compose-chain.json}).
     *
     * @param name the flow's name in messages
     */
    public static Flow load(String resource, String file, String name) {
        return flow(Flows.resource(resource), file, name);
    }

    private static Flow flow(String json, String file, String name) {
        try {
            return FlowParser.parse("Contoso", file, name, name,
                    new JsonReader(ReadLimits.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("test flow " + file + " does not parse", e);
        }
    }

    public static List<Hit> hits(Rule rule, String flowJson) {
        return hits(rule, flowJson, emptySolution());
    }

    public static List<Hit> hits(Rule rule, String flowJson, Solution solution) {
        return hits(rule, flow(flowJson), solution);
    }

    /** The rule's hits on one flow of {@code solution}, as the scanner would collect them. */
    public static List<Hit> hits(Rule rule, Flow flow, Solution solution) {
        List<Hit> hits = new ArrayList<>();
        rule.checkFlow(new FlowContext(FlowModel.of(flow, solution == null ? emptySolution() : solution)), hits::add);
        return hits;
    }

    /** The hits' messages as reports show them: secrets redacted, as the engine writes them. */
    public static List<String> messages(List<Hit> hits) {
        return hits.stream().map(hit -> hit.message(dev.flowguard.rules.Redactor.REDACTING)).toList();
    }

    public static Solution emptySolution() {
        return new Solution("Contoso", "Contoso", ArtifactKind.UNPACKED_SOLUTION, List.of(), List.of(), List.of(), List.of());
    }
}
