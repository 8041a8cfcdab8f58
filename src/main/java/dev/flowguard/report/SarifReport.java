package dev.flowguard.report;

import dev.flowguard.about.About;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flowguard.sarif}: SARIF 2.1.0 as GitHub code scanning and Azure DevOps' SARIF viewer read it. One
 * run; every rule once in {@code tool.driver.rules} with help and a {@code security-severity}; each result
 * with its physical location (the file, {@code My.zip!Workflows/x.json} for zip entries), a logical
 * location for the flow and the action path, and a partial fingerprint so alerts survive line moves.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "flowguard/v1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RuleRegistry registry;

    public SarifReport(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String fileName() {
        return "flowguard.sarif";
    }

    @Override
    public void write(Verdict verdict, OutputStream out) throws IOException {
        Map<String, RuleDescriptor> rules = rules(verdict.result().findings());
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules, verdict);
            json.writeArrayFieldStart("results");
            for (Finding finding : verdict.result().findings()) {
                writeResult(json, finding, ruleIds.indexOf(finding.ruleId()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", true);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Every rule flowguard has, in id order, plus any rule a finding names that the registry lacks. */
    private Map<String, RuleDescriptor> rules(List<Finding> findings) {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (Rule rule : registry.rules()) {
            rules.put(rule.descriptor().id(), rule.descriptor());
        }
        for (Finding finding : findings) {
            rules.computeIfAbsent(finding.ruleId(), id -> new RuleDescriptor(id, id.toLowerCase(java.util.Locale.ROOT),
                    finding.severity(), finding.ruleId() + " finding.", "See the rule's documentation."));
        }
        return rules;
    }

    private static void writeTool(JsonGenerator json, Map<String, RuleDescriptor> rules, Verdict verdict)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", About.NAME);
        json.writeStringField("version", About.version());
        json.writeStringField("semanticVersion", About.version());
        json.writeStringField("informationUri", About.homepage());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules.values()) {
            writeRule(json, rule, configuredSeverity(rule, verdict.result().findings()));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A project may raise or lower a rule: its findings carry the level it chose. */
    private static Severity configuredSeverity(RuleDescriptor rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(rule.id())).map(Finding::severity).findFirst()
                .orElse(rule.defaultSeverity());
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule, Severity severity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        message(json, "shortDescription", rule.summary());
        message(json, "fullDescription", rule.summary() + " " + rule.remediation());
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.remediation() + " See " + rule.helpUri());
        json.writeStringField("markdown", "**" + rule.id() + " " + rule.name() + "**\n\n" + rule.summary() + "\n\n"
                + "**Fix:** " + rule.remediation() + "\n\n[Documentation](" + rule.helpUri() + ")");
        json.writeEndObject();
        json.writeStringField("helpUri", rule.helpUri());
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(severity));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("security");
        json.writeString("power-automate");
        json.writeEndArray();
        json.writeStringField("security-severity", securitySeverity(severity));
        json.writeStringField("precision", "high");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        message(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(finding.file()));
        json.writeEndObject();
        if (finding.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.line());
            json.writeNumberField("startColumn", Math.max(1, finding.column()));
            json.writeEndObject();
        }
        json.writeEndObject();
        writeLogicalLocations(json, finding);
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, finding.fingerprint());
        json.writeEndObject();
        if (finding.suppressed()) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", finding.suppression().kind() == Suppression.Kind.INLINE ? "inSource" : "external");
            json.writeStringField("justification", finding.suppression().describe());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("severity", finding.severity().name());
        if (finding.solution() != null) {
            json.writeStringField("solution", finding.solution());
        }
        if (finding.jsonPointer() != null) {
            json.writeStringField("jsonPointer", finding.jsonPointer());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The flow, and within it the action by its path, so viewers can group results by flow. */
    private static void writeLogicalLocations(JsonGenerator json, Finding finding) throws IOException {
        if (finding.flow() == null && finding.actionPath() == null) {
            return;
        }
        json.writeArrayFieldStart("logicalLocations");
        if (finding.flow() != null) {
            json.writeStartObject();
            json.writeStringField("name", finding.flow());
            json.writeStringField("fullyQualifiedName", finding.flow());
            json.writeStringField("kind", "module");
            json.writeEndObject();
        }
        if (finding.actionPath() != null) {
            json.writeStartObject();
            json.writeStringField("name", finding.action() != null ? finding.action() : finding.actionPath());
            json.writeStringField("fullyQualifiedName",
                    finding.flow() == null ? finding.actionPath() : finding.flow() + "/" + finding.actionPath());
            json.writeStringField("kind", "function");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void message(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** SARIF has three result levels; the build's own failing level is in the console and JUnit reports. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub's bands: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    /**
     * The file as a URI reference: relative paths stay relative (GitHub resolves them against the repository
     * root), with {@code \} turned to {@code /} and spaces and other characters percent-encoded.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        String prefix = "";
        if (path.matches("^[A-Za-z]:/.*")) {
            prefix = "file:///";
        } else if (path.startsWith("/")) {
            prefix = "file://";
        }
        StringBuilder uri = new StringBuilder(prefix);
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }
}
