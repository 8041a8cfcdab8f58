package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.trigger.HttpTriggerAnyoneRule;
import dev.flowguard.scan.ScanResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesEveryFormatDesignMdNames() {
        Set<ReportFormat> formats = ReportFormat.parseList(" Console, sarif,JSON , html,junit,");

        assertEquals(List.of(ReportFormat.CONSOLE, ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.HTML,
                ReportFormat.JUNIT), List.copyOf(formats));
        assertEquals(List.of("flowguard.sarif", "flowguard.json", "flowguard.html", "flowguard-junit.xml"),
                formats.stream().flatMap(f -> f.writer(RuleRegistry.builtIn()).stream()).map(ReportWriter::fileName)
                        .toList());
    }

    @Test
    void theReportsDescribeTheRulesTheScanRanNotEveryBuiltInRule() throws java.io.IOException {
        RuleRegistry triggersOnly = RuleRegistry.of(List.of(new HttpTriggerAnyoneRule()));
        java.io.ByteArrayOutputStream sarif = new java.io.ByteArrayOutputStream();

        ReportFormat.SARIF.writer(triggersOnly).orElseThrow().write(
                Verdict.of(new ScanResult(List.of("Contoso"), 1, List.of()), Severity.HIGH, true), sarif);

        String text = sarif.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"FG401\""), text);
        assertFalse(text.contains("\"FG101\""), "a rule the registry does not hold is not described");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parseList("console,xml"));

        assertEquals("unknown report format 'xml'; use any of [console, sarif, json, html, junit]", error.getMessage());
    }
}
