package dev.flowguard.solution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@link Discovery} needs to find Azure Logic Apps in a tree: Standard project folders, and JSON files whose
 * first bytes say they hold a workflow (an ARM template or exported resource naming {@code Microsoft.Logic/workflows},
 * a {@code {"definition": …}} file). Only the head of a file is read, so a repository's large JSON files cost little.
 */
final class LogicAppDiscovery {

    /** Enough for an ARM template's parameters and the start of its resources, or a definition's schema line. */
    static final int PEEK_BYTES = 64 * 1024;

    /** JSON files of tools and hosts, never a workflow: not even peeked at. */
    private static final Set<String> NEVER = Set.of("package.json", "package-lock.json", "tsconfig.json", "host.json",
            "local.settings.json", "connections.json", "parameters.json", "launchsettings.json", "global.json",
            "composer.json", "bower.json", "manifest.json", ".eslintrc.json", "cgmanifest.json");

    private static final Set<String> HOST_FILES = Set.of("host.json", "connections.json", "parameters.json",
            "local.settings.json");

    private LogicAppDiscovery() {
    }

    /**
     * A Standard project: {@code <workflow>/workflow.json} beside {@code host.json}, or beside the project's
     * {@code connections.json}/{@code parameters.json}/{@code local.settings.json} (repositories often leave
     * host.json out of a sample).
     */
    static boolean isStandardProject(Path dir) {
        List<Path> children;
        try (Stream<Path> listed = Files.list(dir)) {
            children = listed.toList(); // one listing per folder: discovery visits every folder of a repository
        } catch (IOException e) {
            return false;
        }
        boolean hostFiles = children.stream().anyMatch(child -> HOST_FILES.contains(
                child.getFileName().toString().toLowerCase(Locale.ROOT)) && Files.isRegularFile(child));
        return hostFiles && children.stream().anyMatch(child -> Files.isDirectory(child)
                && Files.isRegularFile(child.resolve("workflow.json")));
    }

    /**
     * A JSON file that says it holds a Logic Apps workflow. Power Automate flows outside solutions (they name
     * {@code Microsoft.Flow} or connection references) are left to the folder scan, as before.
     */
    static boolean isWorkflowFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") || NEVER.contains(name) || name.endsWith(".deps.json")
                || name.endsWith(".runtimeconfig.json") || name.startsWith("appsettings")
                || DeploymentSettingsReader.isSettingsName(name)) {
            return false;
        }
        String head = peek(file);
        if (head.contains("microsoft.logic/workflows") || head.contains("microsoft.web/sites/workflows")
                || head.contains("microsoft.logic/galleries/templates")) {
            return true;
        }
        return head.contains("\"definition\"") && head.contains("workflowdefinition.json")
                && !head.contains("microsoft.flow") && !head.contains("connectionreferences");
    }

    /**
     * A Logic Apps deployment file that holds no workflow but may hold secrets: an ARM template parameter file
     * (its {@code $schema} says deploymentParameters), an ARM template that deploys API connections
     * ({@code Microsoft.Web/connections}, whose {@code parameterValues} carry passwords and keys), or a Standard
     * {@code connections.json} kept apart from its project's workflows. Inside a Standard project folder these are
     * read with the project and never reach here.
     */
    static boolean isDeploymentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") || name.endsWith(".deps.json") || name.endsWith(".runtimeconfig.json")
                || DeploymentSettingsReader.isSettingsName(name)) {
            return false;
        }
        if (name.equals("connections.json")) {
            String head = peek(file);
            return head.contains("serviceproviderconnections") || head.contains("managedapiconnections");
        }
        if (NEVER.contains(name)) {
            return false;
        }
        String head = peek(file);
        return LogicAppSettingsReader.declaresArmParameters(head)
                || head.contains("deploymenttemplate.json") && head.contains("microsoft.web/connections");
    }

    /** The first bytes, lower-cased; UTF-16 files are not Logic Apps' tools' output and read as nothing. */
    private static String peek(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return lowerHead(in.readNBytes(PEEK_BYTES));
        } catch (IOException e) {
            return "";
        }
    }

    /** The head of a file's bytes, lower-cased, as discovery peeks at it. */
    static String lowerHead(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, PEEK_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
    }
}
