package dev.flowguard.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small solutions for tests the way Power Platform lays them out: unpacked ({@code Other/Solution.xml},
 * {@code Workflows/x.json} + {@code x.json.data.xml}) or packed (solution.xml and customizations.xml at the
 * root, categories in customizations.xml).
 */
public final class SolutionBuilder {

    private final String uniqueName;
    private final Map<String, byte[]> flows = new LinkedHashMap<>();
    private final Map<String, Integer> categories = new LinkedHashMap<>();
    private final Map<String, byte[]> extraFiles = new LinkedHashMap<>();

    public SolutionBuilder(String uniqueName) {
        this.uniqueName = uniqueName;
    }

    public SolutionBuilder flow(String fileName, String json) {
        return flow(fileName, json.getBytes(StandardCharsets.UTF_8), 5);
    }

    public SolutionBuilder flow(String fileName, byte[] content, int category) {
        flows.put(fileName, content);
        categories.put(fileName, category);
        return this;
    }

    /** A file at a path from the solution root, written as is in both layouts. */
    public SolutionBuilder file(String path, String content) {
        extraFiles.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String solutionXml() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ImportExportXml version=\"9.2\"><SolutionManifest>"
                + "<UniqueName>" + uniqueName + "</UniqueName><Version>1.0.0.0</Version><Managed>0</Managed>"
                + "</SolutionManifest></ImportExportXml>\n";
    }

    private String workflowXml(String fileName) {
        String name = fileName.replaceAll("-[0-9A-Fa-f-]{36}\\.json$", "").replace(".json", "");
        return "<Workflow WorkflowId=\"{00000000-0000-0000-0000-000000000000}\" Name=\"" + name + "\">"
                + "<JsonFileName>/Workflows/" + fileName + "</JsonFileName><Type>1</Type>"
                + "<Category>" + categories.get(fileName) + "</Category></Workflow>";
    }

    public Path writeUnpacked(Path folder) throws IOException {
        write(folder.resolve("Other/Solution.xml"), solutionXml().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> flow : flows.entrySet()) {
            write(folder.resolve("Workflows").resolve(flow.getKey()), flow.getValue());
            write(folder.resolve("Workflows").resolve(flow.getKey() + ".data.xml"),
                    ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + workflowXml(flow.getKey()))
                            .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
            write(folder.resolve(extra.getKey()), extra.getValue());
        }
        return folder;
    }

    public Path writePacked(Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            put(entries, "solution.xml", solutionXml().getBytes(StandardCharsets.UTF_8));
            StringBuilder customizations = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<ImportExportXml><Workflows>");
            flows.keySet().forEach(name -> customizations.append(workflowXml(name)));
            customizations.append("</Workflows></ImportExportXml>\n");
            put(entries, "customizations.xml", customizations.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> flow : flows.entrySet()) {
                put(entries, "Workflows/" + flow.getKey(), flow.getValue());
            }
            for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
                put(entries, extra.getKey(), extra.getValue());
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
