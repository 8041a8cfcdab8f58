package dev.flowguard.rules.exposure;

import static dev.flowguard.rules.exposure.ExposureFlows.actions;
import static dev.flowguard.rules.exposure.ExposureFlows.hits;
import static dev.flowguard.rules.exposure.ExposureFlows.load;
import static dev.flowguard.rules.exposure.ExposureFlows.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.Flow;
import dev.flowguard.rules.Hit;
import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.EnvironmentVariableType;
import dev.flowguard.solution.Solution;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "This flow in, these findings out" for FG301–FG303 on realistic flows. */
class ExposureRulesTest {

    private static final SecretSourceWithoutSecureOutputsRule FG301 = new SecretSourceWithoutSecureOutputsRule();
    private static final SecretUseWithoutSecureInputsRule FG302 = new SecretUseWithoutSecureInputsRule();
    private static final SecretInUnsecurableActionRule FG303 = new SecretInUnsecurableActionRule();

    @Test
    void composeChainThroughNestedScopeAndIf() throws Exception {
        Flow flow = load("/fixtures/exposure/compose-chain.json");
        assertEquals(Set.of("Get_secret_unsecured"), actions(hits(FG301, flow, null)));
        List<Hit> fg302 = hits(FG302, flow, null);
        // Compose_token and Call_with_secret_directly read the secured Get_secret directly: the runtime hides
        // their inputs. Call_API_secured has Secure inputs. The Authorization header is never shown.
        // Log_secret_metadata reads only the secret's id and version.
        assertEquals(Set.of("Call_API", "Call_with_unsecured_secret"), actions(fg302));
        assertTrue(on(fg302, "Call_API").message().contains(
                "Get_secret → Compose_token → Call_API (inputs/headers/x-api-key)"), on(fg302, "Call_API").message());
        assertEquals(flow.action("Call_API").orElseThrow().pointerTo("inputs", "headers", "x-api-key"),
                on(fg302, "Call_API").jsonPointer());
        assertTrue(on(fg302, "Call_with_unsecured_secret").message()
                .contains("Get_secret_unsecured → Call_with_unsecured_secret"));
        assertEquals(Set.of(), actions(hits(FG303, flow, null)));
    }

    @Test
    void tokenKeptInVariableAndUsedInsideLoops() throws Exception {
        Flow flow = load("/fixtures/exposure/token-variables-loop.json");
        // the token request has Secure inputs and outputs, so neither the client secret nor the token shows there
        assertEquals(Set.of(), actions(hits(FG301, flow, null)));
        List<Hit> fg303 = hits(FG303, flow, null);
        // the expiry read from the same response is not the token
        assertEquals(Set.of("Initialize_token"), actions(fg303));
        assertTrue(on(fg303, "Initialize_token").message().contains("Get_token → Initialize_token"));
        List<Hit> fg302 = hits(FG302, flow, null);
        // Bearer headers in Authorization are hidden by the runtime; a custom header is not
        assertEquals(Set.of("Call_with_token_header"), actions(fg302));
        assertTrue(on(fg302, "Call_with_token_header").message()
                .contains("Get_token → Initialize_token → Call_with_token_header (inputs/headers/x-access-token)"));
    }

    @Test
    void secretParametersAndLiteralCredentials() throws Exception {
        Flow flow = load("/fixtures/exposure/parameters-and-literals.json");
        List<Hit> fg302 = hits(FG302, flow, null);
        // the literal api key of Call_legacy_literal is FG102's to report, once: run-history rules follow sources
        assertEquals(Set.of("Push_order_to_ERP", "Call_partner_basic"), actions(fg302));
        assertTrue(on(fg302, "Push_order_to_ERP").message().contains(
                "parameters('ERP API Key (contoso_ErpApiKey)') → Push_order_to_ERP (inputs/headers/api-key)"));
        assertTrue(on(fg302, "Push_order_to_ERP").message().contains("secret-named environment variable"));
        for (Hit hit : fg302) {
            assertFalse(hit.message().contains("9f8e7d6c5b4a39281706f5e4d3c2b1a0"), hit.message());
            assertFalse(hit.message().contains("Zmxvdy1zdmM6UzNjcjN0UGFzcw"), hit.message());
        }
        assertEquals(Set.of("Stop_if_unsigned"), actions(hits(FG303, flow, null)));
        assertTrue(on(hits(FG303, flow, null), "Stop_if_unsigned").message().contains("securestring"));
        assertEquals(Set.of(), actions(hits(FG301, flow, null)));
    }

    @Test
    void secretTypeEnvironmentVariableIsNamedAsSuch() throws Exception {
        Flow flow = load("/fixtures/exposure/parameters-and-literals.json");
        Solution solution = new Solution("Test", "Test.zip", ArtifactKind.PACKED_SOLUTION, List.of(
                new EnvironmentVariable("contoso_ErpApiKey", "ERP API Key", EnvironmentVariableType.SECRET, null,
                        "environmentvariabledefinitions/contoso_ErpApiKey/environmentvariabledefinition.xml")),
                List.of(), List.of(), List.of());
        Hit hit = on(hits(FG302, flow, solution), "Push_order_to_ERP");
        assertTrue(hit.message().contains("[a Secret environment variable]"), hit.message());
    }

    @Test
    void scopeResultsLoopItemsSelectChildFlowAndResponse() throws Exception {
        Flow flow = load("/fixtures/exposure/loops-childflow-response.json");
        assertEquals(Set.of(), actions(hits(FG301, flow, null)));
        List<Hit> fg303 = hits(FG303, flow, null);
        assertEquals(Set.of("For_each_result"), actions(fg303));
        assertTrue(on(fg303, "For_each_result").message()
                .contains("Get_connection_secret → Read_secrets → Parse_scope_result → For_each_result"), on(fg303, "For_each_result").message());
        List<Hit> fg302 = hits(FG302, flow, null);
        // Parse_scope_result has Secure inputs
        assertEquals(Set.of("Shape_credentials", "Run_child_flow", "Respond_to_app"), actions(fg302));
        assertTrue(on(fg302, "Run_child_flow").message().contains(
                "Get_connection_secret → Read_secrets → Parse_scope_result → For_each_result → Shape_credentials "
                        + "→ Run_child_flow"),
                on(fg302, "Run_child_flow").message());
    }

    @Test
    void anExpressionNotUnderstoodIsReportedAtInfoAndTreatedConservatively() throws Exception {
        Flow flow = load("/fixtures/exposure/unparsed-expression.json");
        List<Hit> fg902 = hits(new UnparsedExpressionRule(), flow, null);
        // the description is not evaluated by the runtime, so its '@{' is not an expression
        assertEquals(Set.of("Notify", "Ping"), actions(fg902));
        assertEquals(2, fg902.size());
        assertTrue(on(fg902, "Notify").message().contains("expected ',' or ')'"), on(fg902, "Notify").message());
        assertFalse(on(fg902, "Notify").message().contains("token="), "the expression itself is not shown");
        // the unreadable body names a secret parameter: assumed to read it; the ping names none
        assertEquals(Set.of("Notify"), actions(hits(FG302, flow, null)));
    }

    @Test
    void logicAppsKeyVaultReadsAndSwitchCases() throws Exception {
        Flow flow = load("/fixtures/exposure/logicapp-keyvault.json");
        assertEquals(Set.of("Get_storage_key"), actions(hits(FG301, flow, null)));
        List<Hit> fg302 = hits(FG302, flow, null);
        // Keep_key reads the secured Get_apim_key directly (hidden); Log_account reads only the account field
        assertEquals(Set.of("Call_APIM_eu", "Upload_with_key"), actions(fg302));
        assertTrue(on(fg302, "Call_APIM_eu").message().contains(
                "Get_apim_key → Keep_key → Call_APIM_eu (inputs/headers/Ocp-Apim-Subscription-Key)"));
        assertEquals(Set.of(), actions(hits(FG303, flow, null)));
    }
}
