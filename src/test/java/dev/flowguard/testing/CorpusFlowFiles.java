package dev.flowguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowShape;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.UnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every flow file of the shared corpus, loose or inside zips, as parsed JSON: a wider net than the
 * scanner's discovery, so that every expression string the corpus holds is seen.
 */
public final class CorpusFlowFiles {

    /** A flow file: where it is and its parsed JSON (whose definition {@link FlowShape} found). */
    public record FlowFile(String name, JsonNode root, String definitionPointer) {

        public JsonNode definition() {
            return definitionPointer.isEmpty() ? root : root.at(definitionPointer);
        }
    }

    private CorpusFlowFiles() {
    }

    /** The corpus folder, when the build points at one that exists. */
    public static Optional<Path> corpus() {
        String property = System.getProperty("flowguard.corpus");
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        Path path = Paths.get(property);
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    public static List<FlowFile> all(Path corpus) throws IOException {
        JsonReader json = new JsonReader(ReadLimits.DEFAULTS);
        List<FlowFile> flows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String name = corpus.relativize(file).toString();
                if (lower.endsWith(".json")) {
                    add(json, name, Files.readAllBytes(file), flows);
                } else if (lower.endsWith(".zip")) {
                    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
                        ZipEntry entry;
                        while ((entry = zip.getNextEntry()) != null) {
                            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
                                add(json, name + "!" + entry.getName(), zip.readAllBytes(), flows);
                            }
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        // a zip the JDK cannot read is the reader tests' business, not the expression tests'
                    }
                }
            }
        }
        return flows;
    }

    private static void add(JsonReader json, String name, byte[] bytes, List<FlowFile> into) {
        try {
            JsonNode root = json.parse(bytes);
            String pointer = FlowShape.definitionPointer(root);
            if (pointer != null) {
                into.add(new FlowFile(name, root, pointer));
            }
        } catch (UnreadableException e) {
            // not JSON, or not a flow: nothing to parse expressions in
        }
    }
}
