package dev.flowguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The value model's one data flow, on small flows: which triggers and actions receive a secret, and how. */
class OriginAnalysisTest {

    private static Flow flow(String actions) throws Exception {
        String json = """
                {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                 "parameters": {}, "triggers": {"manual": {"type": "Request", "kind": "Button", "inputs": {}}},
                 "actions": %s}}""".formatted(actions);
        return FlowParser.parse("Test", "flow.json", null, "flow",
                new JsonReader(ReadLimits.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String GET_SECRET = """
            "Get_secret": {"type": "OpenApiConnection", "runAfter": {},
              "inputs": {"host": {"connectionName": "shared_keyvault", "operationId": "GetSecret",
                                  "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault"},
                         "parameters": {"secretName": "s"}},
              "runtimeConfiguration": {"secureData": {"properties": ["outputs"]}}}""";

    private static FlowModel model(Flow flow) {
        return FlowModel.of(flow, null);
    }

    private static Set<String> receivers(FlowModel model) {
        Set<String> names = new TreeSet<>();
        model.receivers().forEach(r -> names.add(r.node().name()));
        return names;
    }

    @Test
    void aVariableThatFeedsItselfInALoopConvergesWithTheShortestPath() throws Exception {
        FlowModel exposure = model(flow("""
                {%s,
                 "Init": {"type": "InitializeVariable", "runAfter": {"Get_secret": ["Succeeded"]},
                          "inputs": {"variables": [{"name": "acc", "type": "string", "value": ""}]}},
                 "Loop": {"type": "Foreach", "foreach": "@createArray(1, 2)", "runAfter": {"Init": ["Succeeded"]},
                   "actions": {
                     "Copy": {"type": "Compose", "runAfter": {}, "inputs": "@variables('acc')"},
                     "Grow": {"type": "SetVariable", "runAfter": {"Copy": ["Succeeded"]},
                              "inputs": {"name": "acc", "value": "@{outputs('Copy')}@{body('Get_secret')?['value']}"}}}}}
                """.formatted(GET_SECRET)));
        assertEquals(Set.of("Copy", "Grow"), receivers(exposure));
        Receiver copy = exposure.receivers().stream().filter(r -> r.node().name().equals("Copy")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Get_secret → Grow → Copy"), copy.origins().stream().map(o -> o.describe("Copy")).toList());
    }

    @Test
    void valuesThatCannotHoldTheSecretDoNotCarryIt() throws Exception {
        FlowModel exposure = model(flow("""
                {%s,
                 "Count": {"type": "Compose", "runAfter": {"Get_secret": ["Succeeded"]},
                           "inputs": "@{length(body('Get_secret')?['value'])} @{equals(body('Get_secret')?['value'], 'x')}"},
                 "Name": {"type": "Compose", "runAfter": {"Count": ["Succeeded"]},
                          "inputs": "@{body('Get_secret')?['name']} @{outputs('Get_secret')?['statusCode']}"},
                 "Pick": {"type": "Compose", "runAfter": {"Name": ["Succeeded"]},
                          "inputs": "@if(empty(body('Get_secret')?['value']), 'none', 'some')"}}
                """.formatted(GET_SECRET)));
        assertEquals(Set.of(), receivers(exposure));
    }

    @Test
    void readingTheSecretStraightFromSecuredOutputsIsHiddenButNotThroughAVariable() throws Exception {
        FlowModel exposure = model(flow("""
                {%s,
                 "Keep": {"type": "InitializeVariable", "runAfter": {"Get_secret": ["Succeeded"]},
                          "inputs": {"variables": [{"name": "s", "type": "string", "value": "@body('Get_secret')?['value']"}]}},
                 "Direct": {"type": "Http", "runAfter": {"Keep": ["Succeeded"]},
                            "inputs": {"method": "GET", "uri": "https://a.example", "body": "@body('Get_secret')?['value']"}},
                 "Mixed": {"type": "Http", "runAfter": {"Direct": ["Succeeded"]},
                           "inputs": {"method": "GET", "uri": "https://a.example",
                                      "body": "@{body('Get_secret')?['value']}@{variables('s')}"}}}
                """.formatted(GET_SECRET)));
        assertEquals(Set.of("Direct", "Keep", "Mixed"), receivers(exposure));
        // Keep's inputs are hidden too, but the variable shows its value everywhere it is read (FG303's concern)
        for (Receiver receiver : exposure.receivers()) {
            assertEquals(!receiver.node().name().equals("Mixed"), receiver.hiddenByUpstream(), receiver.node().name());
        }
    }

    @Test
    void selectFromAnArrayLiteralBindsItemToItsElements() throws Exception {
        FlowModel exposure = model(flow("""
                {%s,
                 "Shape": {"type": "Select", "runAfter": {"Get_secret": ["Succeeded"]},
                           "inputs": {"from": ["@body('Get_secret')", "@item()"], "select": {"v": "@item()?['value']"}}},
                 "Send": {"type": "Http", "runAfter": {"Shape": ["Succeeded"]},
                          "inputs": {"method": "POST", "uri": "https://a.example", "body": "@body('Shape')"}}}
                """.formatted(GET_SECRET)));
        assertEquals(Set.of("Send", "Shape"), receivers(exposure));
    }

    @Test
    void aPollingTriggerThatSendsASecretParameterIsAReceiver() throws Exception {
        String json = """
                {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                 "parameters": {"apiKey": {"type": "securestring"}},
                 "triggers": {"Poll": {"type": "Http", "recurrence": {"frequency": "Minute", "interval": 5},
                   "inputs": {"method": "GET", "uri": "https://a.example/changes", "headers": {"x-api-key": "@parameters('apiKey')"}}}},
                 "actions": {}}}""";
        Flow flow = FlowParser.parse("Test", "flow.json", null, "flow",
                new JsonReader(ReadLimits.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("Poll"), receivers(model(flow)));
    }
}
