package dev.flowguard.solution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens one artifact (a packed zip, an unpacked folder, a folder of flows, a flow or settings file) and
 * learns what a scan needs before reading flows: the solution's name, environment variables, connection
 * references and which files are cloud flows. Anything unreadable becomes a {@link ReadProblem}; only an
 * artifact that cannot be opened at all throws.
 */
public final class SolutionReader {

    private static final Pattern ENV_DEFINITION =
            Pattern.compile("(?:.*/)?environmentvariabledefinitions/([^/]+)/environmentvariabledefinition\\.xml");
    private static final Pattern ENV_VALUES =
            Pattern.compile("(?:.*/)?environmentvariabledefinitions/([^/]+)/environmentvariablevalues\\.json");
    private static final Pattern LEGACY_DEFINITION = Pattern.compile("(?:.*/)?microsoft\\.flow/flows/[^/]+/definition\\.json");
    private static final String ENV_FOLDER = "environmentvariabledefinitions/";
    /** A Logic Apps Standard workflow: {@code <workflow>/workflow.json} at the project's top. */
    private static final Pattern STANDARD_WORKFLOW = Pattern.compile("[^/]+/workflow\\.json");
    private static final int CLOUD_FLOW_CATEGORY = 5;

    private final ReadLimits limits;
    private final JsonReader json;

    public SolutionReader(ReadLimits limits) {
        this.limits = limits;
        this.json = new JsonReader(limits);
    }

    public JsonReader json() {
        return json;
    }

    /**
     * Opens {@code path}, which must exist.
     *
     * @param displayName how findings name the artifact (a path relative to the project, or as given)
     */
    public OpenArtifact open(Path path, String displayName) throws UnreadableException {
        if (Files.isDirectory(path)) {
            return index(new FolderContents(path, displayName, limits), false);
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableException("does not exist or is not a file or folder");
        }
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return indexSingleJson(new SingleFileContents(path, displayName, limits));
        }
        return index(ZipContents.open(path, displayName, limits), true);
    }

    private OpenArtifact indexSingleJson(SingleFileContents contents) {
        List<ReadProblem> problems = new ArrayList<>();
        ContentEntry entry = contents.entries().get(0);
        List<DeploymentSettings> settings = new ArrayList<>();
        List<FlowSource> flows = new ArrayList<>();
        if (DeploymentSettingsReader.isSettingsName(entry.fileName())) {
            readSettings(contents, entry, settings, problems);
            return new OpenArtifact(contents, new Solution(contents.displayName(), contents.displayName(),
                    ArtifactKind.SETTINGS, List.of(), List.of(), flows, settings), problems);
        }
        OpenArtifact deployment = logicAppDeploymentFile(contents, entry, problems);
        if (deployment != null) {
            return deployment;
        }
        flows.add(new FlowSource(entry, contents.displayPath(entry), null, false));
        return new OpenArtifact(contents, new Solution(contents.displayName(), contents.displayName(),
                ArtifactKind.FLOW_FILES, List.of(), List.of(), flows, settings), problems);
    }

    /**
     * A Logic Apps deployment file on its own, or null when the file is something else: an ARM parameter file
     * (named by its schema), or a Standard {@code connections.json} whose workflows are kept elsewhere. Each is its
     * own artifact, named after the file (a parameter file) or its folder (the project's connections).
     */
    private OpenArtifact logicAppDeploymentFile(SingleFileContents contents, ContentEntry entry,
            List<ReadProblem> problems) {
        boolean connections = entry.fileName().equalsIgnoreCase("connections.json");
        byte[] bytes;
        try {
            bytes = contents.read(entry);
        } catch (UnreadableException e) {
            return null; // the flow reader reports it as it reports any unreadable flow file
        }
        boolean armParameters = LogicAppSettingsReader.declaresArmParameters(LogicAppDiscovery.lowerHead(bytes));
        if (!connections && !armParameters) {
            return null;
        }
        List<LogicAppSettings> read = new ArrayList<>();
        try {
            read.add(armParameters ? LogicAppSettingsReader.readArmParameters(json, contents.displayName(), bytes)
                    : LogicAppSettingsReader.read(json, contents.displayName(), bytes));
        } catch (UnreadableException e) {
            problems.add(new ReadProblem(contents.displayName(), e.getMessage(), e.getCause()));
        }
        String name = armParameters ? stem(entry.fileName()) : parentFolderName(contents.displayName());
        return new OpenArtifact(contents, new Solution(name, contents.displayName(), ArtifactKind.LOGIC_APP_DEPLOYMENT,
                List.of(), List.of(), List.of(), List.of(), read), problems);
    }

    private static String stem(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    /** {@code logic/OrdersApp/connections.json}: OrdersApp; a file named alone: its stem. */
    private static String parentFolderName(String displayName) {
        String path = displayName.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? stem(path) : folderName(path.substring(0, slash));
    }

    private OpenArtifact index(ArtifactContents contents, boolean packed) {
        List<ReadProblem> problems = new ArrayList<>(contents.problems());
        Map<String, ContentEntry> byLowerPath = new HashMap<>();
        for (ContentEntry entry : contents.entries()) {
            byLowerPath.put(EntryNames.lower(entry.path()), entry);
        }
        ContentEntry manifest = firstPresent(byLowerPath, "solution.xml", "other/solution.xml");
        boolean legacyPackage = manifest == null && contents.entries().stream()
                .anyMatch(e -> LEGACY_DEFINITION.matcher(EntryNames.lower(e.path())).matches());
        ArtifactKind kind = manifest != null
                ? (packed ? ArtifactKind.PACKED_SOLUTION : ArtifactKind.UNPACKED_SOLUTION)
                : legacyPackage ? ArtifactKind.FLOW_PACKAGE
                : isStandardProject(byLowerPath) ? ArtifactKind.LOGIC_APP_STANDARD : ArtifactKind.FLOW_FILES;
        if (kind == ArtifactKind.LOGIC_APP_STANDARD) {
            return indexStandardProject(contents, problems);
        }

        String uniqueName = null;
        if (manifest != null) {
            uniqueName = readOrNote(contents, manifest, problems, SolutionManifestReader::uniqueName);
        }
        CustomizationsReader.Catalog catalog = CustomizationsReader.Catalog.EMPTY;
        ContentEntry customizations = firstPresent(byLowerPath, "customizations.xml", "other/customizations.xml");
        if (customizations != null) {
            CustomizationsReader.Catalog read = readOrNote(contents, customizations, problems, CustomizationsReader::read);
            catalog = read == null ? catalog : read;
        }

        List<FlowSource> flows = new ArrayList<>();
        List<EnvironmentVariable> variables = new ArrayList<>();
        Map<String, String> currentValues = new HashMap<>();
        Map<String, String> currentValueFiles = new HashMap<>();
        List<DeploymentSettings> settings = new ArrayList<>();
        for (ContentEntry entry : contents.entries()) {
            String lower = EntryNames.lower(entry.path());
            if (!lower.contains(ENV_FOLDER)) {
                continue; // most entries are flows and components: no regex for them
            }
            Matcher values = ENV_VALUES.matcher(lower);
            if (values.matches()) {
                String value = readOrNote(contents, entry, problems, bytes -> EnvironmentVariableReader.currentValue(json, bytes));
                if (value != null) {
                    currentValues.put(values.group(1), value);
                    currentValueFiles.put(values.group(1), contents.displayPath(entry));
                }
            }
        }
        for (ContentEntry entry : contents.entries()) {
            String lower = EntryNames.lower(entry.path());
            if (lower.contains(ENV_FOLDER) && ENV_DEFINITION.matcher(lower).matches()) {
                EnvironmentVariableReader.Definition definition =
                        readOrNote(contents, entry, problems, EnvironmentVariableReader::definition);
                if (definition != null) {
                    String key = EntryNames.lower(definition.schemaName());
                    variables.add(new EnvironmentVariable(definition.schemaName(), definition.displayName(),
                            definition.type(), definition.defaultValue(), currentValues.get(key),
                            contents.displayPath(entry), currentValueFiles.get(key)));
                }
            } else if (isFlowCandidate(kind, lower)) {
                addFlow(contents, entry, catalog, byLowerPath, flows, problems);
            } else if (kind != ArtifactKind.FLOW_FILES && DeploymentSettingsReader.isSettingsName(entry.fileName())) {
                readSettings(contents, entry, settings, problems);
            }
        }
        String name = uniqueName != null && !uniqueName.isBlank() ? uniqueName : contents.displayName();
        return new OpenArtifact(contents, new Solution(name, contents.displayName(), kind, variables,
                catalog.connectionReferences(), flows, settings), problems);
    }

    private static boolean isFlowCandidate(ArtifactKind kind, String lowerPath) {
        if (!lowerPath.endsWith(".json")) {
            return false;
        }
        return switch (kind) {
            case PACKED_SOLUTION, UNPACKED_SOLUTION -> lowerPath.startsWith("workflows/");
            case FLOW_PACKAGE -> LEGACY_DEFINITION.matcher(lowerPath).matches();
            case FLOW_FILES -> !DeploymentSettingsReader.isSettingsName(lowerPath.substring(lowerPath.lastIndexOf('/') + 1));
            case LOGIC_APP_STANDARD -> STANDARD_WORKFLOW.matcher(lowerPath).matches();
            case SETTINGS, LOGIC_APP_DEPLOYMENT -> false;
        };
    }

    /**
     * A Logic Apps Standard project: workflow folders beside the host's files. The corpus's projects come without
     * {@code host.json}, so {@code connections.json}, {@code parameters.json} or {@code local.settings.json} also tell.
     */
    static boolean isStandardProject(Map<String, ContentEntry> byLowerPath) {
        boolean hostFiles = byLowerPath.containsKey("host.json")
                || LogicAppSettingsReader.FILE_NAMES.stream().anyMatch(byLowerPath::containsKey);
        return hostFiles && byLowerPath.keySet().stream().anyMatch(p -> STANDARD_WORKFLOW.matcher(p).matches());
    }

    /** The project's workflows are its flows; its settings files are read for the rules on literal secrets. */
    private OpenArtifact indexStandardProject(ArtifactContents contents, List<ReadProblem> problems) {
        List<FlowSource> flows = new ArrayList<>();
        List<LogicAppSettings> settings = new ArrayList<>();
        for (ContentEntry entry : contents.entries()) {
            String lower = EntryNames.lower(entry.path());
            if (STANDARD_WORKFLOW.matcher(lower).matches()) {
                // the workflow's name is its folder's; the scanner takes it from there
                flows.add(new FlowSource(entry, contents.displayPath(entry), null, true));
            } else if (!lower.contains("/") && LogicAppSettingsReader.isSettingsName(lower)) {
                // the app's infrastructure parameters, kept in the project: an ARM parameter file
                LogicAppSettings read = readOrNote(contents, entry, problems,
                        bytes -> LogicAppSettingsReader.declaresArmParameters(LogicAppDiscovery.lowerHead(bytes))
                                ? LogicAppSettingsReader.readArmParameters(json, contents.displayPath(entry), bytes)
                                : LogicAppSettingsReader.read(json, contents.displayPath(entry), bytes));
                if (read != null) {
                    settings.add(read);
                }
            }
        }
        String name = folderName(contents.displayName());
        return new OpenArtifact(contents, new Solution(name, contents.displayName(), ArtifactKind.LOGIC_APP_STANDARD,
                List.of(), List.of(), flows, List.of(), settings), problems);
    }

    private static String folderName(String displayName) {
        String trimmed = displayName.replace('\\', '/');
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private void addFlow(ArtifactContents contents, ContentEntry entry, CustomizationsReader.Catalog catalog,
            Map<String, ContentEntry> byLowerPath, List<FlowSource> flows, List<ReadProblem> problems) {
        String lower = EntryNames.lower(entry.path());
        CustomizationsReader.WorkflowInfo info = catalog.workflow(lower);
        ContentEntry dataXml = byLowerPath.get(lower + ".data.xml");
        if (dataXml != null) {
            CustomizationsReader.WorkflowInfo fromData = readOrNote(contents, dataXml, problems, CustomizationsReader::dataXml);
            info = fromData != null ? fromData : info;
        }
        if (info != null && info.category() != null && info.category() != CLOUD_FLOW_CATEGORY) {
            return; // a classic workflow, business process flow or desktop flow: not a cloud flow
        }
        flows.add(new FlowSource(entry, contents.displayPath(entry), info == null ? null : info.name(),
                info != null && info.category() != null));
    }

    private void readSettings(ArtifactContents contents, ContentEntry entry, List<DeploymentSettings> settings,
            List<ReadProblem> problems) {
        DeploymentSettings read = readOrNote(contents, entry, problems,
                bytes -> DeploymentSettingsReader.read(json, contents.displayPath(entry), bytes));
        if (read != null) {
            settings.add(read);
        }
    }

    private static ContentEntry firstPresent(Map<String, ContentEntry> byLowerPath, String... candidates) {
        for (String candidate : candidates) {
            ContentEntry entry = byLowerPath.get(candidate);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** Reads and parses one metadata file; a failure is noted as a problem and yields null. */
    private static <T> T readOrNote(ArtifactContents contents, ContentEntry entry, List<ReadProblem> problems,
            BytesParser<T> parser) {
        try {
            return parser.parse(contents.read(entry));
        } catch (UnreadableException e) {
            problems.add(new ReadProblem(contents.displayPath(entry), e.getMessage(), e.getCause()));
            return null;
        }
    }

    @FunctionalInterface
    interface BytesParser<T> {
        T parse(byte[] bytes) throws UnreadableException;
    }
}
