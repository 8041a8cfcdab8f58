package dev.flowguard.report;

import dev.flowguard.about.About;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** {@code flowguard.json}: the summary and every finding, in the shape DESIGN.md fixes. */
public final class JsonReport implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String fileName() {
        return "flowguard.json";
    }

    @Override
    public void write(Verdict verdict, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", About.NAME);
            json.writeStringField("version", About.version());
            json.writeEndObject();

            json.writeObjectFieldStart("summary");
            json.writeNumberField("solutions", verdict.result().solutions().size());
            json.writeNumberField("flows", verdict.result().flows());
            json.writeObjectFieldStart("findings");
            Map<Severity, Integer> counts = verdict.result().countsBySeverity();
            for (int i = Severity.values().length - 1; i >= 0; i--) {
                json.writeNumberField(Severity.values()[i].name(), counts.get(Severity.values()[i]));
            }
            json.writeEndObject();
            json.writeBooleanField("failed", verdict.failed());
            json.writeEndObject();

            json.writeArrayFieldStart("findings");
            for (Finding finding : verdict.result().findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("solution", finding.solution());
        json.writeStringField("flow", finding.flow());
        json.writeStringField("file", finding.file());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeStringField("jsonPointer", finding.jsonPointer());
        json.writeStringField("action", finding.action());
        json.writeStringField("actionPath", finding.actionPath());
        json.writeStringField("message", finding.message());
        json.writeStringField("fingerprint", finding.fingerprint());
        json.writeBooleanField("suppressed", finding.suppressed());
        if (finding.suppressed()) {
            json.writeStringField("suppression", finding.suppression().describe());
            json.writeStringField("suppressionKind", finding.suppression().kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        json.writeEndObject();
    }
}
