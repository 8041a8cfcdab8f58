package dev.flowguard.flow.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.testing.CorpusFlowFiles;
import dev.flowguard.testing.CorpusFlowFiles.FlowFile;
import dev.flowguard.testing.CorpusInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every expression string in every flow of the shared corpus parses. */
class CorpusExpressionsTest {

    @Test
    void everyCorpusExpressionParses() throws Exception {
        // what the runtime evaluates: every trigger's and action's fields but descriptions and metadata
        Path corpus = CorpusFlowFiles.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no corpus at -Dflowguard.corpus; skipped");
        List<FlowFile> flows = CorpusFlowFiles.all(corpus);
        int strings = 0;
        int expressions = 0;
        int references = 0;
        List<String> failures = new ArrayList<>();
        for (FlowFile flow : flows) {
            if (flow.name().startsWith(CorpusInputs.LOGIC_APPS)) {
                // the Logic Apps repositories hold format templates with expressions left to fill; their test reads them
                continue;
            }
            Flow model = FlowParser.parse("corpus", flow.name(), null, flow.name(), flow.root());
            List<ExpressionSite> sites = new ArrayList<>();
            FlowStrings flowStrings = FlowStrings.of(model);
            model.nodes().forEach(node -> sites.addAll(JsonExpressions.scan(node, flowStrings)));
            List<String> checked = new ArrayList<>();
            model.nodes().forEach(node -> JsonExpressions.candidates(node, flowStrings).forEach(candidate -> {
                // what an analysis of a flow without secrets asks instead of parsing
                assertEquals(ExpressionParser.parseTemplate(candidate.value()).problem(),
                        ExpressionParser.problem(candidate.value()), candidate.pointer());
                checked.add(candidate.pointer());
            }));
            assertTrue(checked.containsAll(sites.stream().map(ExpressionSite::jsonPointer).toList()), flow.name());
            for (ExpressionSite site : sites) {
                strings++;
                expressions += site.template().expressions().size();
                references += site.references().size();
                if (!site.parsed()) {
                    failures.add(flow.name() + "#" + site.jsonPointer() + ": " + site.template().problem());
                }
            }
        }
        System.out.printf("corpus expressions: %d flow files, %d strings with expressions, %d expressions, "
                + "%d references%n", flows.size(), strings, expressions, references);
        assertTrue(flows.size() >= 300, "expected the corpus to hold at least 300 flow files, found " + flows.size());
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 20)),
                failures.size() + " strings failed to parse");
    }
}
