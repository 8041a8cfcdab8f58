package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Default discovery finds Logic Apps where repositories keep them, and nothing that only looks like them. */
class LogicAppDiscoveryTest {

    private static final String DEFINITION = "{\"$schema\": \"https://schema.management.azure.com/providers/Microsoft.Logic/"
            + "schemas/2016-06-01/workflowdefinition.json#\", \"triggers\": {}, \"actions\": {}}";

    @TempDir
    Path repo;

    private Path write(String relative, String text) throws Exception {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> found() throws Exception {
        return Discovery.find(repo).stream().map(p -> repo.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }

    @Test
    void findsStandardProjectsTemplatesAndWorkflowFilesOnceEach() throws Exception {
        // a Standard project, with host.json, and one committed without it (as samples often are)
        write("apps/Orders/host.json", "{\"version\": \"2.0\"}");
        write("apps/Orders/Receive/workflow.json", "{\"definition\": " + DEFINITION + ", \"kind\": \"Stateful\"}");
        write("apps/Billing/connections.json", "{}");
        write("apps/Billing/Invoice/workflow.json", "{\"definition\": " + DEFINITION + ", \"kind\": \"Stateless\"}");
        // Consumption: an ARM template and an exported resource; a bare definition file
        write("infra/orders-la.json", "{\"resources\": [{\"type\": \"Microsoft.Logic/workflows\", \"name\": \"a\"}]}");
        write("exports/sync.json", "{\"type\": \"microsoft.logic/workflows\", \"name\": \"sync\"}");
        write("definitions/notify.json", "{\"definition\": " + DEFINITION + "}");
        // none of these is a logic app
        write("infra/storage.json", "{\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\"}]}");
        write("package.json", "{\"description\": \"Microsoft.Logic/workflows tooling\"}");
        write("flows/loose-flow.json", "{\"type\": \"Microsoft.Flow/flows\", \"properties\": {\"definition\": " + DEFINITION
                + "}}");
        write("apps/Orders/Receive/notes.json", "{\"definition\": " + DEFINITION + "}");

        assertEquals(List.of("apps/Billing", "apps/Orders", "definitions/notify.json", "exports/sync.json",
                "infra/orders-la.json"), found());
    }

    @Test
    void aNamedStandardProjectIsItself() throws Exception {
        write("Orders/local.settings.json", "{\"Values\": {}}");
        write("Orders/Receive/workflow.json", "{\"definition\": " + DEFINITION + "}");
        assertEquals(List.of(repo.resolve("Orders")), Discovery.expand(repo.resolve("Orders")));
        assertEquals(List.of(repo.resolve("Orders")), Discovery.expand(repo));
    }

    @Test
    void onlyTheHeadOfALargeFileIsRead() throws Exception {
        // the marker after the peeked head is not seen: discovery stays cheap on large JSON files
        write("data/big.json", "{\"pad\": \"" + "x".repeat(LogicAppDiscovery.PEEK_BYTES) + "\", \"definition\": "
                + DEFINITION + "}");
        assertEquals(List.of(), found());
    }
}
