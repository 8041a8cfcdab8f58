package dev.flowguard.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which workflows a Logic Apps file holds, what they are called, and what their resource gives them. */
class LogicAppLocatorTest {

    private static final LogicAppLocator.Names NAMES = new LogicAppLocator.Names("file-app", "file-workflow");
    private static final String DEFINITION = """
            {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
             "parameters": {"apiKey": {"type": "securestring"}},
             "triggers": {"manual": {"type": "Request", "kind": "Http"}}, "actions": {}}""";

    private static JsonNode json(String text) throws Exception {
        return new JsonReader(ReadLimits.DEFAULTS).parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<LogicAppLocator.Located> locate(String text) throws Exception {
        return LogicAppLocator.locate(json(text), NAMES);
    }

    @Test
    void armTemplateWithCommentsNamesTheLogicAppFromParameterDefaultsAndTracksTheParameterItReads() throws Exception {
        List<LogicAppLocator.Located> found = locate("""
                {
                  // JSON with comments, as ARM and Visual Studio's Logic Apps projects write it
                  "parameters": {
                    "name": {"type": "string", "defaultValue": "orders"},
                    "apiKey": {"type": "securestring"}
                  },
                  "resources": [{
                    "type": "Microsoft.Logic/workflows", "name": "[parameters('name')]",
                    "properties": {"definition": %s, "parameters": {"apiKey": {"value": "[parameters('apiKey')]"}}}
                  }]
                }""".formatted(DEFINITION));

        assertEquals(1, found.size());
        LogicAppLocator.Located workflow = found.get(0);
        assertEquals("orders", workflow.name());
        assertEquals("/resources/0/properties/definition", workflow.definitionPointer());
        LogicApp app = workflow.logicApp();
        assertEquals(LogicApp.Hosting.CONSUMPTION, app.hosting());
        LogicApp.WorkflowParameterValue value = app.parameterValues().get(0);
        assertEquals("apiKey", value.name());
        assertEquals(new LogicApp.TemplateParameter("apiKey", "securestring", null, "/parameters/apiKey"),
                value.templateParameter());
        assertTrue(value.templateParameter().isSecureType());
        assertNull(value.literal(), "a securestring with no default: nothing is committed");
    }

    @Test
    void nestedTemplatesChildResourcesAndNamesThatCannotBeResolved() throws Exception {
        List<LogicAppLocator.Located> found = locate("""
                {"variables": {"wf": "router"}, "parameters": {"key": {"type": "string", "defaultValue": "k3yV4lu3-Zq81"}},
                 "resources": [
                   {"type": "Microsoft.Resources/deployments", "name": "inner", "properties": {"template": {
                      "parameters": {"key": {"type": "securestring"}},
                      "resources": [
                        {"type": "Microsoft.Logic/workflows", "name": "[variables('wf')]",
                         "properties": {"definition": %1$s, "parameters": {"apiKey": {"value": "[parameters('key')]"}}}},
                        {"type": "Microsoft.Logic/workflows", "name": "[concat('a', 'b')]", "properties": {"definition": %1$s}}
                      ]}}},
                   {"type": "Microsoft.Web/sites", "name": "site", "resources": [
                      {"type": "Microsoft.Logic/workflows", "name": "site/child", "properties": {"definition": %1$s}}]},
                   {"type": "Microsoft.Logic/workflows", "name": "computed", "properties": {"definition": "[variables('def')]"}}
                 ]}""".formatted(DEFINITION));

        assertEquals(List.of("router", "file-app", "child"), found.stream().map(LogicAppLocator.Located::name).toList());
        assertEquals("/resources/0/properties/template/resources/0/properties/definition", found.get(0).definitionPointer());
        // the nested template's own declaration is the nearer one
        assertEquals("/resources/0/properties/template/parameters/key",
                found.get(0).logicApp().parameterValues().get(0).templateParameter().jsonPointer());
        assertEquals("/resources/1/resources/0/properties/definition", found.get(2).definitionPointer());
    }

    @Test
    void connectionsParameterValuesGoWithTheFirstWorkflowOnly() throws Exception {
        List<LogicAppLocator.Located> found = locate("""
                {"resources": [
                   {"type": "Microsoft.Web/connections", "name": "sql",
                    "properties": {"parameterValues": {"server": "db", "password": "Winter2024!"}}},
                   {"type": "Microsoft.Logic/workflows", "name": "a", "properties": {"definition": %1$s}},
                   {"type": "Microsoft.Logic/workflows", "name": "b", "properties": {"definition": %1$s}}
                 ]}""".formatted(DEFINITION));

        assertEquals(List.of(new LogicApp.ConnectionValue("sql", "server", "db", "/resources/0/properties/parameterValues/server"),
                new LogicApp.ConnectionValue("sql", "password", "Winter2024!", "/resources/0/properties/parameterValues/password")),
                found.get(0).logicApp().connectionValues());
        assertEquals(List.of(), found.get(1).logicApp().connectionValues());
    }

    @Test
    void exportedStandardAndDefinitionOnlyShapes() throws Exception {
        LogicAppLocator.Located exported = locate("""
                {"id": "/subscriptions/x/resourceGroups/y/providers/Microsoft.Logic/workflows/sync", "name": "sync",
                 "type": "Microsoft.Logic/workflows", "properties": {"definition": %s,
                 "accessControl": {"contents": {"allowedCallerIpAddresses": []}},
                 "parameters": {"apiKey": {"value": "literal-in-place"}}}}""".formatted(DEFINITION)).get(0);
        assertEquals("sync", exported.name());
        assertEquals("/properties/definition", exported.definitionPointer());
        assertEquals(CallerIpRestriction.Scope.NO_IP, CallerIpRestriction.of(exported.logicApp(), "contents").scope());
        assertEquals(CallerIpRestriction.Scope.ANY_IP, CallerIpRestriction.of(exported.logicApp(), "triggers").scope());
        assertEquals("literal-in-place", exported.logicApp().parameterValues().get(0).literal().asText());

        LogicAppLocator.Located site = locate("""
                {"name": "orders-app/Receive", "type": "Microsoft.Web/sites/workflows",
                 "properties": {"files": {"workflow.json": {"definition": %s}}}}""".formatted(DEFINITION)).get(0);
        assertEquals("Receive", site.name());
        assertEquals("orders-app", site.logicApp().name());
        assertEquals(LogicApp.Hosting.STANDARD, site.logicApp().hosting());

        LogicAppLocator.Located gallery = locate("""
                {"id": "/providers/Microsoft.Logic/galleries/public/templates/6662", "name": "6662",
                 "type": "Microsoft.Logic/galleries/templates",
                 "properties": {"displayName": "Delete old Azure blobs", "definition": %s}}""".formatted(DEFINITION)).get(0);
        assertEquals("Delete old Azure blobs", gallery.name());
        assertEquals(LogicApp.Hosting.DEFINITION_ONLY, gallery.logicApp().hosting());

        LogicAppLocator.Located standard = locate("{\"definition\": %s, \"kind\": \"Stateful\"}".formatted(DEFINITION)).get(0);
        assertEquals(LogicApp.Hosting.STANDARD, standard.logicApp().hosting());
        assertEquals("file-workflow", standard.name());
        LogicAppLocator.Located bare = locate("{\"definition\": %s}".formatted(DEFINITION)).get(0);
        assertEquals(LogicApp.Hosting.DEFINITION_ONLY, bare.logicApp().hosting());
    }

    @Test
    void otherJsonIsNotALogicAppAndAWorkflowResourceWithoutADefinitionIsBroken() throws Exception {
        assertEquals(List.of(), locate("{\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"s\"}]}"));
        assertEquals(List.of(), locate("{\"name\": \"x\", \"version\": \"1.0.0\"}"));
        // Power Automate's shape is left to FlowShape: its triggers carry triggerAuthenticationType, not accessControl
        assertEquals(List.of(), locate("{\"properties\": {\"definition\": %s}}".formatted(DEFINITION)));
        NotAFlowException broken = assertThrows(NotAFlowException.class, () -> locate(
                "{\"type\": \"Microsoft.Logic/workflows\", \"name\": \"half\", \"properties\": {\"state\": \"Enabled\"}}"));
        assertTrue(LogicAppLocator.claimsWorkflow(broken));
    }
}
