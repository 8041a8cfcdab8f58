package dev.flowguard.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;
import dev.flowguard.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code flowguard.json}: the summary and every finding, in the shape DESIGN.md fixes. Each finding also says
 * where its file is from the repository root ({@code uri}, the zip for an entry of a packed solution) and, in a
 * reactor, which module found it; the reactor root's file adds a summary per module. A finding about a secret's way
 * lists its steps as {@code path}.
 */
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
            writeTool(json);
            json.writeObjectFieldStart("summary");
            writeCounts(json, verdict.result().solutions().size(), verdict.result().flows(),
                    verdict.result().workflows(), verdict.result().countsBySeverity(), verdict.failed());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : verdict.result().findings()) {
                writeFinding(json, finding, verdict);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    @Override
    public void writeReactor(ReactorVerdict reactor, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            writeTool(json);
            json.writeObjectFieldStart("summary");
            json.writeNumberField("modules", reactor.modules().size() + reactor.unchecked().size());
            writeCounts(json, reactor.artifacts(), reactor.flows(), reactor.workflows(), reactor.countsBySeverity(),
                    reactor.failed());
            json.writeEndObject();
            json.writeArrayFieldStart("modules");
            for (Verdict module : reactor.modules()) {
                json.writeStartObject();
                json.writeStringField("module", module.project());
                json.writeStringField("path", module.sources().projectPath().orElse(null));
                writeCounts(json, module.result().solutions().size(), module.result().flows(),
                        module.result().workflows(), module.result().countsBySeverity(), module.failed());
                json.writeEndObject();
            }
            for (String unchecked : reactor.unchecked()) {
                json.writeStartObject();
                json.writeStringField("module", unchecked);
                json.writeNumberField("solutions", 0);
                json.writeNumberField("flows", 0);
                json.writeNumberField("workflows", 0);
                json.writeBooleanField("failed", false);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Verdict module : reactor.modules()) {
                for (Finding finding : module.result().findings()) {
                    writeFinding(json, finding, module);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeTool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", About.NAME);
        json.writeStringField("version", About.version());
        json.writeEndObject();
    }

    /** @param flows cloud flows and Logic Apps workflows; {@code workflows} says how many are the latter */
    private static void writeCounts(JsonGenerator json, int solutions, int flows, int workflows,
            Map<Severity, Integer> counts, boolean failed) throws IOException {
        json.writeNumberField("solutions", solutions);
        json.writeNumberField("flows", flows);
        json.writeNumberField("workflows", workflows);
        json.writeObjectFieldStart("findings");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            json.writeNumberField(Severity.values()[i].name(), counts.get(Severity.values()[i]));
        }
        json.writeEndObject();
        json.writeBooleanField("failed", failed);
    }

    private static void writeFinding(JsonGenerator json, Finding finding, Verdict verdict) throws IOException {
        json.writeStartObject();
        if (verdict.project() != null) {
            json.writeStringField("module", verdict.project());
        }
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
            json.writeStringField("suppressionKind", finding.suppression().kind().name().toLowerCase(Locale.ROOT));
        }
        json.writeStringField("uri", verdict.sources().locate(finding.file()).uri());
        json.writeBooleanField("failing", verdict.isFailing(finding));
        if (!finding.path().isEmpty()) {
            writePath(json, finding.path());
        }
        json.writeEndObject();
    }

    /** A secret's way, source first, the finding's own place last; only findings about one have it. */
    private static void writePath(JsonGenerator json, List<PathStep> path) throws IOException {
        json.writeArrayFieldStart("path");
        for (PathStep step : path) {
            json.writeStartObject();
            json.writeStringField("file", step.file());
            json.writeNumberField("line", step.line());
            json.writeNumberField("column", step.column());
            json.writeStringField("action", step.action());
            json.writeStringField("pointer", step.pointer());
            json.writeStringField("step", step.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
