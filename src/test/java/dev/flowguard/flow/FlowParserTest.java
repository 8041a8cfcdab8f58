package dev.flowguard.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.Flows;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowParserTest {

    private final JsonReader json = new JsonReader(ReadLimits.DEFAULTS);

    private Flow parse(String text) throws Exception {
        JsonNode root = json.parse(text.getBytes(StandardCharsets.UTF_8));
        return FlowParser.parse("Contoso", "Workflows/Orders.json", null, "Orders", root);
    }

    @Test
    void findsActionsAtEveryDepthWithTheirPathAndBranch() throws Exception {
        Flow flow = parse(Flows.resource("nested-containers.json"));

        assertEquals(List.of("Scope_main", "For_each_order", "Check_region", "Push_batch", "Route_by_kind",
                "Compose_retail", "Compose_odd", "Wait_for_stock", "Terminate_unknown", "Initialize_orders"),
                flow.actions().stream().map(FlowNode::name).toList());

        FlowNode push = flow.action("Push_batch").orElseThrow();
        assertEquals("Scope_main/For_each_order/Check_region/Push_batch", push.actionPath());
        assertEquals("actions", push.branch());
        assertEquals("/properties/definition/actions/Scope_main/actions/For_each_order/actions/Check_region/actions/Push_batch",
                push.jsonPointer());

        FlowNode route = flow.action("Route_by_kind").orElseThrow();
        assertEquals("else", route.branch());
        assertEquals("Scope_main/For_each_order/Check_region/Route_by_kind", route.actionPath());

        FlowNode retail = flow.action("Compose_retail").orElseThrow();
        assertEquals("case 'Case_retail'", retail.branch());

        FlowNode terminate = flow.action("Terminate_unknown").orElseThrow();
        assertEquals("Scope_main/For_each_order/Check_region/Route_by_kind/Wait_for_stock/Terminate_unknown",
                terminate.actionPath());
        assertTrue(terminate.json().equals(flow.definition().at(terminate.jsonPointer()
                .substring(flow.definitionPointer().length()))), "the pointer leads back to the node");
    }

    @Test
    void escapesPointerSegmentsForNamesWithSlashOrTilde() throws Exception {
        Flow flow = parse(Flows.resource("nested-containers.json"));
        FlowNode odd = flow.action("Compose_odd").orElseThrow();

        assertTrue(odd.jsonPointer().contains("/cases/Case~1with~0slash/actions/Compose_odd"), odd.jsonPointer());
        JsonNode root = json.parse(Flows.resource("nested-containers.json").getBytes(StandardCharsets.UTF_8));
        assertEquals("odd", root.at(odd.jsonPointer()).path("inputs").asText());
    }

    @Test
    void readsTypeSecureDataAndDescription() throws Exception {
        Flow flow = parse(Flows.resource("nested-containers.json"));

        FlowNode push = flow.action("Push_batch").orElseThrow();
        assertEquals("Http", push.type());
        assertTrue(push.secureInputs());
        assertFalse(push.secureOutputs());

        FlowNode terminate = flow.action("Terminate_unknown").orElseThrow();
        assertTrue(terminate.secureInputs() && terminate.secureOutputs());
        assertEquals("Stops the run when the kind is unknown", terminate.description());

        FlowNode trigger = flow.triggers().get(0);
        assertEquals("Recurrence", trigger.name());
        assertEquals(NodeRole.TRIGGER, trigger.role());
        assertEquals("/properties/definition/triggers/Recurrence", trigger.jsonPointer());
    }

    @Test
    void readsEnvironmentVariableParameters() throws Exception {
        Flow flow = parse(Flows.resource("nested-containers.json"));
        Map<String, FlowParameter> parameters = flow.parameters();

        FlowParameter region = parameters.get("Region (contoso_Region)");
        assertTrue(region.isEnvironmentVariable());
        assertEquals("contoso_Region", region.schemaName());
        assertEquals("emea", region.defaultValue().asText());
        assertTrue(parameters.get("$authentication").isSecureType());
        assertFalse(parameters.get("$authentication").isEnvironmentVariable());
    }

    @Test
    void readsLogicAppsAndBareDefinitions() throws Exception {
        String logicApp = "{\"definition\":{\"$schema\":\"x\",\"triggers\":{\"When_a_HTTP_request_is_received\":"
                + "{\"type\":\"Request\",\"kind\":\"Http\"}},\"actions\":{}},\"kind\":\"Stateful\"}";
        Flow flow = parse(logicApp);
        assertEquals("/definition", flow.definitionPointer());
        assertEquals("/definition/triggers/When_a_HTTP_request_is_received", flow.triggers().get(0).jsonPointer());

        String bare = "{\"$schema\":\"x\",\"triggers\":{},\"actions\":{\"Compose\":{\"type\":\"Compose\",\"inputs\":1}}}";
        assertEquals("/actions/Compose", parse(bare).actions().get(0).jsonPointer());
    }

    @Test
    void refusesJsonThatIsNotAFlow() {
        assertThrows(NotAFlowException.class, () -> parse("{\"EnvironmentVariables\":[],\"ConnectionReferences\":[]}"));
        assertThrows(NotAFlowException.class, () -> parse("[1,2,3]"));
    }

    @Test
    void takesTheDisplayNameFromMetadataThenJsonThenFile() throws Exception {
        JsonNode root = json.parse("{\"properties\":{\"displayName\":\"From JSON\",\"definition\":{\"triggers\":{},\"actions\":{}}}}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("From metadata", FlowParser.parse("S", "f", "From metadata", "file", root).name());
        assertEquals("From JSON", FlowParser.parse("S", "f", null, "file", root).name());
        JsonNode unnamed = json.parse("{\"properties\":{\"definition\":{\"triggers\":{},\"actions\":{}}}}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("file", FlowParser.parse("S", "f", null, "file", unnamed).name());
    }

    /** Regression: the parameters were kept in a hash map, so rules saw them in no stable order. */
    @Test
    void keepsDefinitionParametersInFileOrderAndFindsActionsWhateverTheCase() throws Exception {
        Flow flow = parse("""
                {"properties": {"definition": {
                  "parameters": {
                    "zeta": {"type": "String"}, "$connections": {"type": "Object"}, "Alpha": {"type": "String"},
                    "mid (cr_mid)": {"type": "String", "metadata": {"schemaName": "cr_mid"}}},
                  "triggers": {"manual": {"type": "Request", "kind": "Button", "inputs": {}}},
                  "actions": {"Get_secret": {"type": "Compose", "inputs": "x"}}}}}
                """);
        assertEquals(List.of("zeta", "$connections", "Alpha", "mid (cr_mid)"), List.copyOf(flow.parameters().keySet()));
        assertEquals("Get_secret", flow.action("get_SECRET").orElseThrow().name());
        assertEquals("Alpha", flow.parameter("alpha").orElseThrow().name());
    }
}
