package dev.flowguard.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flowguard.about.About;
import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import dev.flowguard.model.PathStep;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code flowguard.sarif}: SARIF 2.1.0 as GitHub code scanning and Azure DevOps' SARIF viewer read it. One run per
 * module (one in a module's own file, one per module in the reactor root's), each with its own
 * {@code automationDetails.id}; every rule once in {@code tool.driver.rules} with its bundled page as help and a
 * {@code security-severity}; each result at a file that exists in the repository, given relative to its root
 * ({@code %SRCROOT%}): the flow file with line and column, or for a flow inside a packed zip the zip, with the entry
 * as a nested artifact and in the message; a logical location for the flow and the action path, and a partial
 * fingerprint so alerts survive line moves.
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
        write(List.of(verdict), out);
    }

    /** One run per module: GitHub accepts up to 20 runs in one file, each told apart by its automation id. */
    @Override
    public void writeReactor(ReactorVerdict reactor, OutputStream out) throws IOException {
        write(reactor.modules(), out);
    }

    private void write(List<Verdict> runs, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            for (Verdict verdict : runs) {
                writeRun(json, verdict);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void writeRun(JsonGenerator json, Verdict verdict) throws IOException {
        Map<String, RuleDescriptor> rules = rules(verdict.result().findings());
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        Artifacts artifacts = new Artifacts(verdict.sources());
        json.writeStartObject();
        writeTool(json, rules, verdict);
        json.writeObjectFieldStart("automationDetails");
        json.writeStringField("id", verdict.automationId());
        json.writeEndObject();
        Optional<String> root = verdict.sources().rootUri();
        if (root.isPresent()) {
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(Sources.ROOT_ID);
            json.writeStringField("uri", root.get());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeArrayFieldStart("results");
        for (Finding finding : verdict.result().findings()) {
            writeResult(json, finding, ruleIds.indexOf(finding.ruleId()), artifacts);
        }
        json.writeEndArray();
        if (!artifacts.list.isEmpty()) {
            artifacts.write(json);
        }
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Every rule flowguard has, in id order, plus any rule a finding names that the registry lacks. */
    private Map<String, RuleDescriptor> rules(List<Finding> findings) {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (Rule rule : registry.rules()) {
            rules.put(rule.descriptor().id(), rule.descriptor());
        }
        for (Finding finding : findings) {
            rules.computeIfAbsent(finding.ruleId(), id -> new RuleDescriptor(id, id.toLowerCase(Locale.ROOT),
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
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules.values()) {
            writeRule(json, rule, configuredSeverity(rule, verdict.result().findings()), verdict.help());
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

    private static void writeRule(JsonGenerator json, RuleDescriptor rule, Severity severity, RuleHelp help)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        message(json, "shortDescription", rule.summary());
        message(json, "fullDescription", rule.summary() + " " + rule.remediation());
        // the rule's page as the plugin bundles it (what flowguard:explain prints): it travels with the log
        json.writeObjectFieldStart("help");
        json.writeStringField("text", help.text(rule));
        json.writeStringField("markdown", help.markdown(rule));
        json.writeEndObject();
        Optional<String> page = help.url(rule.id());
        if (page.isPresent()) {
            json.writeStringField("helpUri", page.get());
        }
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

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex, Artifacts artifacts)
            throws IOException {
        Sources.Location location = artifacts.sources.locate(finding.file());
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        String text = location.inZip() ? finding.message() + " (" + entryText(finding, location) + ")"
                : finding.message();
        // the source of a secret's way is a related location too, linked from the message
        int sourceId = location.inZip() ? 2 : 1;
        PathStep source = finding.path().isEmpty() ? null : finding.path().get(0);
        message(json, "message", source == null ? text : linked(text, source.action(), sourceId));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, location, finding.line(), finding.column(), artifacts);
        writeLogicalLocations(json, finding);
        json.writeEndObject();
        json.writeEndArray();
        if (location.inZip() || source != null) {
            json.writeArrayFieldStart("relatedLocations");
            if (location.inZip()) {
                // where in the zip: its entry, as the nested artifact, with the line and column inside it
                json.writeStartObject();
                json.writeNumberField("id", 1);
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                json.writeNumberField("index", artifacts.entryIndex(location));
                json.writeEndObject();
                writeRegion(json, finding.line(), finding.column());
                json.writeEndObject();
                message(json, "message", entryText(finding, location));
                json.writeEndObject();
            }
            if (source != null) {
                json.writeStartObject();
                json.writeNumberField("id", sourceId);
                writeStepLocation(json, source, artifacts);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!finding.path().isEmpty()) {
            writeCodeFlow(json, finding.path(), artifacts);
        }
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
        json.writeStringField("file", finding.file());
        if (finding.jsonPointer() != null) {
            json.writeStringField("jsonPointer", finding.jsonPointer());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * The file a viewer opens: the flow file with line and column, or a packed solution's zip (its lines are not
     * the entry's, so it has no region). Step locations of a secret's way can be written the same way.
     */
    static void writePhysicalLocation(JsonGenerator json, Sources.Location location, int line, int column,
            Artifacts artifacts) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", location.uri());
        if (location.relative() && artifacts.sources.rootUri().isPresent()) {
            json.writeStringField("uriBaseId", Sources.ROOT_ID);
        }
        json.writeNumberField("index", artifacts.fileIndex(location));
        json.writeEndObject();
        if (!location.inZip()) {
            writeRegion(json, line, column);
        }
        json.writeEndObject();
    }

    /**
     * The secret's way, as taint analysers write theirs: one thread flow, a location per step from the source to the
     * finding, each at its own file, line and column, and saying what happens there. GitHub code scanning draws it
     * under "Show paths", the SARIF viewers of Azure DevOps and VS Code as the result's code flow.
     */
    private static void writeCodeFlow(JsonGenerator json, List<PathStep> path, Artifacts artifacts) throws IOException {
        json.writeArrayFieldStart("codeFlows");
        json.writeStartObject();
        message(json, "message", String.join(" → ", path.stream().map(PathStep::action).toList()));
        json.writeArrayFieldStart("threadFlows");
        json.writeStartObject();
        json.writeArrayFieldStart("locations");
        for (int i = 0; i < path.size(); i++) {
            json.writeStartObject();
            json.writeObjectFieldStart("location");
            writeStepLocation(json, path.get(i), artifacts);
            json.writeEndObject();
            // the source and the place of the finding are what a reader must see; the carriers between may fold
            json.writeStringField("importance", i == 0 || i == path.size() - 1 ? "essential" : "important");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /**
     * A step where a result would be: its flow file with line and column, or a packed solution's zip with the entry,
     * line and column in the message, as results in zips have them.
     */
    private static void writeStepLocation(JsonGenerator json, PathStep step, Artifacts artifacts) throws IOException {
        Sources.Location location = artifacts.sources.locate(step.file());
        writePhysicalLocation(json, location, step.line(), step.column(), artifacts);
        String where = !location.inZip() ? "" : " (in " + location.entry() + (step.line() > 0 ? " line " + step.line()
                + ", column " + Math.max(1, step.column()) : "") + ")";
        message(json, "message", step.message() + where);
    }

    /**
     * The message with the source linked to its related location in SARIF's embedded-link form,
     * {@code [Get_partner_key](2)}; literal brackets are escaped so that viewers do not take them for links.
     */
    static String linked(String message, String source, int id) {
        String text = escapeBrackets(message);
        String name = escapeBrackets(source);
        String link = "[" + name + "](" + id + ")";
        int at = text.indexOf(name + " → ");
        if (at < 0) {
            int quoted = text.indexOf("'" + name + "'");
            at = quoted < 0 ? -1 : quoted + 1;
        }
        if (at < 0 || name.isEmpty()) {
            return text + (text.endsWith(".") ? " " : ". ") + "The secret comes from " + link + ".";
        }
        return text.substring(0, at) + link + text.substring(at + name.length());
    }

    private static String escapeBrackets(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }

    private static void writeRegion(JsonGenerator json, int line, int column) throws IOException {
        if (line > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", line);
            json.writeNumberField("startColumn", Math.max(1, column));
            json.writeEndObject();
        }
    }

    private static String entryText(Finding finding, Sources.Location location) {
        return "in " + location.entry() + (finding.line() > 0 ? " line " + finding.line() + ", column "
                + Math.max(1, finding.column()) : "") + " inside " + decode(location.uri());
    }

    private static String decode(String uri) {
        try {
            return java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return uri;
        }
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

    /** A file as a URI reference (see {@link Sources}). */
    static String uri(String file) {
        return Sources.uri(file);
    }

    /**
     * The run's {@code artifacts}: each file results point at once, and each zip entry as an artifact nested in its
     * zip ({@code parentIndex}), its {@code uri} relative to the zip's root.
     */
    static final class Artifacts {

        private record Key(String uri, String entry) {
        }

        private record Entry(Sources.Location location, int parent) {
        }

        final Sources sources;
        private final Map<Key, Integer> indices = new LinkedHashMap<>();
        private final List<Entry> list = new ArrayList<>();

        Artifacts(Sources sources) {
            this.sources = sources;
        }

        int fileIndex(Sources.Location location) {
            return index(new Key(location.uri(), null), new Sources.Location(location.uri(), location.relative(), null), -1);
        }

        int entryIndex(Sources.Location location) {
            int parent = fileIndex(location);
            return index(new Key(location.uri(), location.entry()), location, parent);
        }

        private int index(Key key, Sources.Location location, int parent) {
            Integer known = indices.get(key);
            if (known != null) {
                return known;
            }
            indices.put(key, list.size());
            list.add(new Entry(location, parent));
            return list.size() - 1;
        }

        void write(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("artifacts");
            for (Entry entry : list) {
                json.writeStartObject();
                json.writeObjectFieldStart("location");
                if (entry.parent() < 0) {
                    json.writeStringField("uri", entry.location().uri());
                    if (entry.location().relative() && sources.rootUri().isPresent()) {
                        json.writeStringField("uriBaseId", Sources.ROOT_ID);
                    }
                } else {
                    json.writeStringField("uri", Sources.uri(entry.location().entry()));
                }
                json.writeEndObject();
                if (entry.parent() >= 0) {
                    json.writeNumberField("parentIndex", entry.parent());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
