package dev.flowguard.suppress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowguard.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code flowguard-baseline.json}: the findings a team accepted on a given day, by fingerprint, so
 * {@code check} fails only on new ones. Written sorted and without a timestamp, so regenerating an
 * unchanged baseline leaves the file as it was and its diff shows only what changed. In a reactor one file
 * serves every module: each entry names its module, and a module rewrites only its own entries.
 */
public record Baseline(List<BaselineEntry> entries) {

    static final String ABOUT = "Findings accepted on the record: flowguard:check fails only on findings not listed "
            + "here. Regenerate it with mvn flowguard:baseline (from the reactor root it covers every module); review "
            + "its diff like code.";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing((BaselineEntry e) -> String.valueOf(e.module()))
            .thenComparing(e -> String.valueOf(e.ruleId()))
            .thenComparing(e -> String.valueOf(e.file()))
            .thenComparing(e -> String.valueOf(e.action()))
            .thenComparing(BaselineEntry::fingerprint);

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** The findings that count today: those not already accepted inline or in the suppressions file. */
    public static Baseline of(List<Finding> findings) {
        return of(findings, null);
    }

    /** The same, each entry naming {@code module} as the one it belongs to. */
    public static Baseline of(List<Finding> findings, String module) {
        Map<String, BaselineEntry> byFingerprint = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (!finding.suppressed()) {
                byFingerprint.putIfAbsent(finding.fingerprint(), BaselineEntry.of(finding, module));
            }
        }
        return new Baseline(byFingerprint.values().stream().sorted(ORDER).toList());
    }

    /**
     * This baseline with {@code module}'s entries replaced by {@code today}'s: other modules' entries stay, and an
     * entry no module claims stays unless today's holds its fingerprint.
     */
    public Baseline replacing(String module, Baseline today) {
        Set<String> fresh = new java.util.HashSet<>();
        today.entries().forEach(e -> fresh.add(e.fingerprint()));
        List<BaselineEntry> merged = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            boolean own = module != null && module.equals(entry.module());
            boolean replaced = entry.module() == null && fresh.contains(entry.fingerprint());
            if (!own && !replaced) {
                merged.add(entry);
            }
        }
        merged.addAll(today.entries());
        return new Baseline(merged.stream().sorted(ORDER).toList());
    }

    /** This baseline without the entries no module claims whose fingerprint is not in {@code kept}. */
    public Baseline withoutUnclaimed(Set<String> kept) {
        return new Baseline(entries.stream().filter(e -> e.module() != null || kept.contains(e.fingerprint())).toList());
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static Baseline read(Path file) {
        return read(file, file.toString());
    }

    /**
     * @param name how messages name the file
     * @throws IllegalArgumentException naming the file and what is wrong with it, in one line
     */
    public static Baseline read(Path file, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("baseline file " + name + " is not valid JSON"
                    + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ")")
                    + "; fix it, or delete it and write it again with mvn flowguard:baseline", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read baseline file " + name + ": " + e.getMessage(), e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IllegalArgumentException("baseline file " + name
                    + " has no \"findings\" array; write it with mvn flowguard:baseline");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode entry : findings) {
            String fingerprint = text(entry, "fingerprint");
            if (fingerprint == null || fingerprint.isBlank()) {
                throw new IllegalArgumentException("baseline file " + name + ": entry " + (entries.size() + 1)
                        + " has no fingerprint");
            }
            entries.add(new BaselineEntry(fingerprint, text(entry, "ruleId"), text(entry, "file"),
                    text(entry, "flow"), text(entry, "action"), text(entry, "module")));
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
            json.writeStringField("about", ABOUT);
            json.writeArrayFieldStart("findings");
            for (BaselineEntry entry : entries) {
                json.writeStartObject();
                json.writeStringField("fingerprint", entry.fingerprint());
                writeIfPresent(json, "module", entry.module());
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
