package dev.flowguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.FlowShape;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.UnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A big packed solution made of the real cloud flows of the corpus: every distinct {@code Workflows/*.json}
 * cloud flow, from unpacked folders and from packed zips, cycled through until there are as many as asked,
 * each under a unique {@code Name-GUID.json} and listed as Category 5 in customizations.xml, the way
 * Power Platform exports a solution.
 */
public final class BenchmarkSolution {

    private BenchmarkSolution() {
    }

    /** The distinct cloud flows of the corpus, in a stable order (by path, then by entry). */
    public static List<byte[]> corpusFlows(Path corpus) throws IOException {
        JsonReader json = new JsonReader(ReadLimits.DEFAULTS);
        Set<ByteBuffer> distinct = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String lower = corpus.relativize(file).toString().replace('\\', '/').toLowerCase(Locale.ROOT);
            if (isWorkflowJson(lower)) {
                addIfCloudFlow(json, Files.readAllBytes(file), distinct);
            } else if (lower.endsWith(".zip")) {
                addFromZip(json, file, distinct);
            }
        }
        List<byte[]> flows = new ArrayList<>(distinct.size());
        distinct.forEach(buffer -> flows.add(buffer.array()));
        return flows;
    }

    private static boolean isWorkflowJson(String lowerPath) {
        return lowerPath.endsWith(".json") && (lowerPath.startsWith("workflows/") || lowerPath.contains("/workflows/"));
    }

    private static void addFromZip(JsonReader json, Path file, Set<ByteBuffer> into) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> isWorkflowJson(e.getName().replace('\\', '/').toLowerCase(Locale.ROOT)))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    addIfCloudFlow(json, in.readAllBytes(), into);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the corpus holds a few zips that are not solutions or not readable by ZipFile: nothing to take
        }
    }

    private static void addIfCloudFlow(JsonReader json, byte[] bytes, Set<ByteBuffer> into) {
        try {
            JsonNode root = json.parse(bytes);
            if ("/properties/definition".equals(FlowShape.definitionPointer(root))) {
                into.add(ByteBuffer.wrap(bytes));
            }
        } catch (UnreadableException e) {
            // not JSON: not a flow to benchmark with
        }
    }

    /**
     * Writes a packed solution of {@code count} flows taken in turn from {@code flows}.
     *
     * @return the total inflated size of the flow files, in bytes
     */
    public static long write(Path zip, List<byte[]> flows, int count) throws IOException {
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("no cloud flows to build a solution from");
        }
        Files.createDirectories(zip.toAbsolutePath().getParent());
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.nameUUIDFromBytes(("flowguard-bench-" + i).getBytes(StandardCharsets.UTF_8));
            names.add(String.format(Locale.ROOT, "BenchFlow%05d-%s.json", i, id.toString().toUpperCase(Locale.ROOT)));
        }
        long inflated = 0;
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            put(entries, "solution.xml", solutionXml());
            put(entries, "customizations.xml", customizationsXml(names));
            put(entries, "[Content_Types].xml", contentTypes());
            for (int i = 0; i < count; i++) {
                byte[] flow = flows.get(i % flows.size());
                put(entries, "Workflows/" + names.get(i), flow);
                inflated += flow.length;
            }
        }
        return inflated;
    }

    private static byte[] solutionXml() {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ImportExportXml version=\"9.2\"><SolutionManifest>"
                + "<UniqueName>FlowguardBenchmark</UniqueName><Version>1.0.0.0</Version><Managed>0</Managed>"
                + "</SolutionManifest></ImportExportXml>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] customizationsXml(List<String> names) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ImportExportXml><Workflows>");
        for (String name : names) {
            String id = name.substring(name.indexOf('-') + 1, name.length() - ".json".length());
            xml.append("<Workflow WorkflowId=\"{").append(id.toLowerCase(Locale.ROOT)).append("}\" Name=\"")
                    .append(name, 0, name.indexOf('-')).append("\"><JsonFileName>/Workflows/").append(name)
                    .append("</JsonFileName><Type>1</Type><Category>5</Category><StateCode>1</StateCode>"
                            + "<StatusCode>2</StatusCode></Workflow>");
        }
        return xml.append("</Workflows></ImportExportXml>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] contentTypes() {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" />"
                + "<Default Extension=\"json\" ContentType=\"application/octet-stream\" /></Types>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
