package dev.flowguard.suppress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowguard.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flowguard-baseline.json}: the findings a team accepted on a given day, by fingerprint, so
 * {@code check} fails only on new ones. Written sorted and without a timestamp, so regenerating an
 * unchanged baseline leaves the file as it was and its diff shows only what changed.
 */
public record Baseline(List<BaselineEntry> entries) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing((BaselineEntry e) -> String.valueOf(e.ruleId()))
            .thenComparing(e -> String.valueOf(e.file()))
            .thenComparing(e -> String.valueOf(e.action()))
            .thenComparing(BaselineEntry::fingerprint);

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** The findings that count today: those not already accepted inline or in the suppressions file. */
    public static Baseline of(List<Finding> findings) {
        Map<String, BaselineEntry> byFingerprint = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (!finding.suppressed()) {
                byFingerprint.putIfAbsent(finding.fingerprint(), BaselineEntry.of(finding));
            }
        }
        return new Baseline(byFingerprint.values().stream().sorted(ORDER).toList());
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("baseline file " + file + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read baseline file " + file + ": " + e.getMessage(), e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IllegalArgumentException("baseline file " + file
                    + " has no \"findings\" array; write it with mvn flowguard:baseline");
        }
        List<BaselineEntry> entries = new java.util.ArrayList<>();
        for (JsonNode entry : findings) {
            String fingerprint = text(entry, "fingerprint");
            if (fingerprint == null || fingerprint.isBlank()) {
                throw new IllegalArgumentException("baseline file " + file + ": entry " + (entries.size() + 1)
                        + " has no fingerprint");
            }
            entries.add(new BaselineEntry(fingerprint, text(entry, "ruleId"), text(entry, "file"),
                    text(entry, "flow"), text(entry, "action")));
        }
        return new Baseline(entries);
    }

    public void write(OutputStream out, String toolVersion) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "flowguard");
            json.writeStringField("version", toolVersion);
            json.writeEndObject();
            json.writeStringField("about", "Findings accepted on the record: flowguard:check fails only on findings "
                    + "not listed here. Regenerate with mvn flowguard:baseline; review its diff like code.");
            json.writeArrayFieldStart("findings");
            for (BaselineEntry entry : entries) {
                json.writeStartObject();
                json.writeStringField("fingerprint", entry.fingerprint());
                writeIfPresent(json, "ruleId", entry.ruleId());
                writeIfPresent(json, "file", entry.file());
                writeIfPresent(json, "flow", entry.flow());
                writeIfPresent(json, "action", entry.action());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
