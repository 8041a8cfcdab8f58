package dev.flowguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each step of a secret's way says, from the field it is in, and which way before the flow a path starts with
 * when several fields cross from a parent: the one the first reader names, or none when it names another.
 */
class WaysTest {

    private static Flow flow(String actions) throws Exception {
        String json = """
                {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                 "parameters": {}, "triggers": {"manual": {"type": "Request", "kind": "Button", "inputs": {}}},
                 "actions": %s}}""".formatted(actions);
        return FlowParser.parse("Test", "Child-5A0C7E21-2222-4F00-9A00-000D3A4F1C20.json", null, "Child",
                new JsonReader(ReadLimits.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static FlowNode action(Flow flow, String name) {
        return flow.action(name).orElseThrow();
    }

    @Test
    void aUseSaysWhichFieldTheSecretIsIn() throws Exception {
        Flow flow = flow("""
                {"Call": {"type": "Http", "inputs": {"method": "GET", "uri": "https://x.example"}},
                 "Set_key": {"type": "SetVariable", "inputs": {"name": "key", "value": ""}},
                 "Append_key": {"type": "AppendToStringVariable", "inputs": {"name": "log", "value": ""}},
                 "Init": {"type": "InitializeVariable", "inputs": {"variables": [{"name": "a"}, {"name": "apiKey"}]}},
                 "Shape": {"type": "Select", "inputs": {"from": "", "select": {}}},
                 "Run_child": {"type": "Workflow", "inputs": {"body": {}}},
                 "Respond": {"type": "Response", "inputs": {"body": {}}},
                 "Loop": {"type": "Foreach", "foreach": "", "actions": {}}}""");
        FlowNode call = action(flow, "Call");

        assertEquals("sent in header x-api-key", Ways.use(call, "/inputs/headers/x-api-key"));
        assertEquals("sent in query code", Ways.use(call, "/inputs/queries/code"));
        assertEquals("sent in the URI", Ways.use(call, "/inputs/uri"));
        assertEquals("sent in body field credentials/password", Ways.use(call, "/inputs/body/credentials/password"));
        assertEquals("used as the authentication's password", Ways.use(call, "/inputs/authentication/password"));
        assertEquals("sent in header a/b", Ways.use(call, "/inputs/headers/a~1b"), "pointer segments unescaped");
        assertEquals("kept in variable key", Ways.use(action(flow, "Set_key"), "/inputs/value"));
        assertEquals("appended to variable log", Ways.use(action(flow, "Append_key"), "/inputs/value"));
        assertEquals("kept in variable apiKey", Ways.use(action(flow, "Init"), "/inputs/variables/1/value"));
        assertEquals("passed to this Select", Ways.use(action(flow, "Shape"), "/inputs/select/password"));
        assertEquals("sent to the child flow as text_1", Ways.use(action(flow, "Run_child"), "/inputs/body/text_1"));
        assertEquals("sent to the child flow as its whole body", Ways.use(action(flow, "Run_child"), "/inputs/body"));
        assertEquals("returned to the caller as ticket", Ways.use(action(flow, "Respond"), "/inputs/body/ticket"));
        assertEquals("looped over by this Apply to each", Ways.use(action(flow, "Loop"), "/foreach"));
    }

    @Test
    void ofSeveralFieldsAParentSendsThePathStartsWithTheOneTheFlowReads() throws Exception {
        Flow flow = flow("""
                {"Use_b": {"type": "Http", "inputs": {"method": "GET", "uri": "https://x.example",
                           "headers": {"x-api-key": "@triggerBody()?['b']"}}},
                 "Use_other": {"type": "Http", "inputs": {"method": "GET", "uri": "https://y.example",
                           "headers": {"x-api-key": "@triggerOutputs()?['body']?['password']"}}}}""");
        List<PathStep> wayA = List.of(new PathStep("Parent-A.json", 3, 5, "Get_a", "/a", "Key Vault secret read here"));
        List<PathStep> wayB = List.of(new PathStep("Parent-B.json", 7, 9, "Get_b", "/b", "Key Vault secret read here"));
        FlowModel model = FlowModel.of(flow, null).knowing(new CrossFlow(Set.of("a", "b"), Map.of(),
                Map.of("a", wayA, "b", wayB), Map.of()));
        FlowNode trigger = flow.triggers().get(0);
        List<Step> fromTrigger = List.of(new Step(trigger, trigger.jsonPointer(), "manual", Step.Role.SOURCE)
                .from(dev.flowguard.knowledge.OriginKind.TRIGGER_INPUT));

        FlowNode useB = action(flow, "Use_b");
        List<PathStep> b = Ways.of(model, fromTrigger, useB, useB.jsonPointer() + "/inputs/headers/x-api-key");
        assertEquals(List.of("Get_b", "manual", "Use_b"), b.stream().map(PathStep::action).toList());
        assertEquals("received from the calling flow as b", b.get(1).message());
        assertEquals(7, b.get(0).line(), "a step of another flow keeps the line that flow placed it at");

        // a credential the caller sends under a name no parent fills: the way starts here
        FlowNode other = action(flow, "Use_other");
        List<PathStep> own = Ways.of(model, fromTrigger, other, other.jsonPointer() + "/inputs/headers/x-api-key");
        assertEquals(List.of("manual", "Use_other"), own.stream().map(PathStep::action).toList());
        assertEquals("credential received here from the flow's caller", own.get(0).message());
    }
}
