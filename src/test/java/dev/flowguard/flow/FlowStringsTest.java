package dev.flowguard.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.bench.BenchmarkSolution;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.Corpus;
import dev.flowguard.testing.Flows;
import dev.flowguard.testing.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FlowStringsTest {

    private static final JsonReader JSON = new JsonReader(ReadLimits.DEFAULTS);

    @Test
    void givesEveryStringToItsInnermostActionWithItsPointer() {
        Flow flow = RuleHarness.flow(Flows.resource("nested-containers.json"));
        FlowStrings strings = FlowStrings.of(flow);

        FlowString odd = only(strings, "odd", "inputs");
        assertEquals("Compose_odd", odd.node().name(), "not Route_by_kind, Check_region or Scope_main");
        assertEquals(flow.action("Compose_odd").orElseThrow().pointerTo("inputs"), odd.pointer());
        FlowString oddCase = only(strings, "odd", "case");
        assertEquals("Route_by_kind", oddCase.node().name(), "a case's own value belongs to the Switch");
        assertTrue(oddCase.pointer().endsWith("/Route_by_kind/cases/Case~1with~0slash/case"), oddCase.pointer());
        assertEquals("inputs", odd.member());
        assertTrue(odd.isMemberValue(), "a Compose's string inputs are the member itself");
        assertEquals(List.of("inputs"), odd.path());
        assertNull(odd.holder());
        assertEquals("cases", oddCase.member());
        assertEquals(List.of("cases", "Case/with~slash", "case"), oddCase.path(), "names unescaped");
        assertEquals("Case/with~slash", oddCase.holder());
        assertEquals(3, oddCase.depth());

        FlowString region = only(strings, "@parameters('Region (contoso_Region)')");
        assertEquals("Check_region", region.node().name());
        assertEquals("equals", region.key(), "array elements carry the member name of their array");
        assertTrue(region.pointer().endsWith("/Check_region/expression/equals/1"), region.pointer());
        assertTrue(region.isElement());
        assertEquals("equals", region.holder(), "the array holding it");
        assertEquals(List.of("expression", "equals", "1"), region.path());
        assertEquals("expression", region.member());

        FlowString parameter = only(strings, "emea");
        assertNull(parameter.node(), "definition parameters belong to no action");
        assertEquals("/properties/definition/parameters/Region (contoso_Region)/defaultValue", parameter.pointer());
        assertEquals("parameters", parameter.member(), "outside nodes, the definition's member");
        assertEquals(List.of("parameters", "Region (contoso_Region)", "defaultValue"), parameter.path());
        assertEquals("Recurrence", only(strings, "Day").node().name(), "triggers own their strings too");
    }

    @Test
    void walksEachStringOfEveryCorpusFlowOnceAndPointsAtIt() throws Exception {
        List<byte[]> flows = BenchmarkSolution.corpusFlows(corpus());
        for (byte[] bytes : flows) {
            JsonNode root = JSON.parse(bytes);
            Flow flow = FlowParser.parse("S", "Workflows/F.json", null, "F", root);
            FlowStrings strings = FlowStrings.of(flow);
            for (FlowString string : strings) {
                assertEquals(string.value(), root.at(string.pointer()).textValue(), string.pointer());
                List<String> path = string.path();
                String base = string.node() == null ? flow.definitionPointer() : string.node().jsonPointer();
                assertEquals(string.pointer(), base + "/" + String.join("/", path.stream().map(JsonPointers::escape).toList()));
                assertEquals(path.get(0), string.member(), string.pointer());
                assertEquals(path.size(), string.depth(), string.pointer());
                assertEquals(path.size() == 1, string.isMemberValue(), string.pointer());
                if (string.holder() != null) {
                    assertEquals(path.get(path.size() - 2), string.holder(), string.pointer());
                }
            }
            assertEquals(textValues(flow.definition()), strings.size(), flow.name());
            List<FlowString> byNode = new ArrayList<>();
            flow.nodes().forEach(node -> {
                strings.of(node).forEach(s -> assertSame(node, s.node(), s.pointer()));
                byNode.addAll(strings.of(node));
            });
            assertEquals(strings.all().stream().filter(s -> s.node() != null).toList(), byNode, flow.name());
        }
    }


    private static FlowString only(FlowStrings strings, String value) {
        return only(strings, value, null);
    }

    private static FlowString only(FlowStrings strings, String value, String key) {
        List<FlowString> matching = strings.all().stream()
                .filter(s -> s.value().equals(value) && (key == null || key.equals(s.key()))).toList();
        assertEquals(1, matching.size(), value);
        return matching.get(0);
    }

    private static int textValues(JsonNode node) {
        if (node.isTextual()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += textValues(child);
        }
        return count;
    }

    private static java.nio.file.Path corpus() {
        java.nio.file.Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        return corpus;
    }
}
