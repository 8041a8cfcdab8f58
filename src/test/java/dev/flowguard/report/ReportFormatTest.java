package dev.flowguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                formats.stream().flatMap(f -> f.writer().stream()).map(ReportWriter::fileName).toList());
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parseList("console,xml"));

        assertEquals("unknown report format 'xml'; use any of [console, sarif, json, html, junit]", error.getMessage());
    }
}
