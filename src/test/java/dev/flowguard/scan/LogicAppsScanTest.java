package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.Discovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Azure Logic Apps through the whole engine, one realistic file per shape (src/test/resources/logicapps): ARM
 * template, nested ARM template, exported resource, bare {"definition"} file, Standard project; "this file in,
 * these findings out".
 */
class LogicAppsScanTest {

    private static final Path FIXTURES = Path.of("src/test/resources/logicapps");

    private static ScanResult scan(String... relative) {
        List<ScanInput> inputs = new ArrayList<>();
        for (String path : relative) {
            inputs.add(new ScanInput(FIXTURES.resolve(path), path));
        }
        return new Scanner(RuleRegistry.builtIn(), 1).scan(ScanRequest.of(inputs), ScanListener.SILENT);
    }

    static String summary(ScanResult result) {
        StringBuilder text = new StringBuilder();
        for (Finding f : result.findings()) {
            text.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.solution()).append(" / ")
                    .append(f.flow()).append(' ').append(f.file()).append(':').append(f.line()).append(' ')
                    .append(f.action()).append(": ").append(f.message()).append('\n');
        }
        return text.toString();
    }

    private static List<String> rules(ScanResult result) {
        return result.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.solution() + "/" + f.flow()
                + " " + f.file() + ":" + f.line() + " " + f.action()).toList();
    }

    private static Finding only(ScanResult result, String ruleId) {
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), summary(result));
        return found.get(0);
    }

    @Test
    void armTemplateAStringParameterWithASecretDefaultAndAConnectionPasswordAreReported() {
        ScanResult result = scan("arm/orders-intake.json");

        assertEquals(1, result.flows());
        assertEquals(List.of(
                "FG203 HIGH orders-intake/orders-intake arm/orders-intake.json:8 null",
                "FG101 CRITICAL orders-intake/orders-intake arm/orders-intake.json:27 null",
                "FG304 MEDIUM orders-intake/orders-intake arm/orders-intake.json:31 null",
                "FG202 MEDIUM orders-intake/orders-intake arm/orders-intake.json:44 null",
                "FG401 MEDIUM orders-intake/orders-intake arm/orders-intake.json:48 manual",
                "FG201 MEDIUM orders-intake/orders-intake arm/orders-intake.json:78 Notify_partner"), rules(result));
        String messages = summary(result);
        assertTrue(messages.contains("The default value of ARM template parameter 'partnerApiKey' (string), which feeds "
                + "workflow parameter 'partnerApiKey' of logic app 'orders-intake', is written in clear"), messages);
        assertTrue(messages.contains("Workflow parameter 'partnerApiKey' of logic app 'orders-intake' is named like a "
                + "secret but declared string, not securestring"), messages);
        assertTrue(messages.contains("Parameter value 'password' of API connection 'erp-sql' (Microsoft.Web/connections)"),
                messages);
        assertFalse(messages.contains("kT9pQ2vX7mR4sW8zL1nB6cY3hJ5fD0gA") || messages.contains("Winter2024"),
                "no secret in clear: " + messages);
    }

    @Test
    void armTemplateWithSecureStringParametersAndIpPinningIsClean() {
        ScanResult result = scan("arm/orders-intake-clean.json");

        assertEquals(1, result.flows());
        // the tenant name in the HTTP action is the same in every environment: not FG204 (docs/rules/FG204.md)
        assertEquals(List.of(), rules(result));
    }

    @Test
    void nestedTemplatesAreReadAndTheirNamesResolvedFromOuterVariables() {
        ScanResult result = scan("arm/nested-deployment.json");

        assertEquals(2, result.flows(), "two workflows in one template are two flows");
        assertEquals(2, result.workflows(), "and both are Logic Apps workflows, not cloud flows");
        assertEquals(List.of(
                "FG401 MEDIUM invoice-router/invoice-router arm/nested-deployment.json:34 When_a_HTTP_request_is_received"),
                rules(result), "one open trigger, one finding: FG401 says the URL works from every address, no FG403");
        assertTrue(only(result, "FG401").message().contains("hold a range that covers every address"));
    }

    @Test
    void exportedResourceWithAnAuthorizationPolicyButSasStillOnIsOpenToAnyoneWithTheUrl() {
        ScanResult result = scan("exported/partner-sync.json");

        assertEquals(List.of(
                "FG304 MEDIUM partner-sync/partner-sync exported/partner-sync.json:8 null",
                "FG402 INFO partner-sync/partner-sync exported/partner-sync.json:12 manual",
                "FG401 MEDIUM partner-sync/partner-sync exported/partner-sync.json:28 manual"), rules(result));
        // the policy checks the issuer and the audience, not who calls: any account of the tenant gets a token
        assertTrue(only(result, "FG402").message().contains("authorization policy 'partner-portal' checks no caller claim"));
        assertTrue(only(result, "FG304").message().contains("a Key Vault secret in 'Get_secret'"));
        assertTrue(only(result, "FG401").message().contains("has an Entra ID authorization policy, but SAS is still on"));
    }

    @Test
    void bareDefinitionHasNoHostSettingsSoOnlyTheSasOnlyTriggerIsReported() {
        ScanResult result = scan("bare/notify-teams.json");

        assertEquals(List.of("FG401 MEDIUM notify-teams/notify-teams bare/notify-teams.json:6 manual"), rules(result));
        assertTrue(only(result, "FG401").message().contains("SAS signature is the only key"));
    }

    @Test
    void standardProjectIsOneLogicAppWithItsWorkflowsAndSettingsFiles() {
        ScanResult result = scan("standard/OrdersApp");

        assertEquals(1, result.flows());
        assertEquals(1, result.workflows());
        assertEquals(List.of("OrdersApp"), result.solutions());
        assertEquals(List.of(
                "FG401 MEDIUM OrdersApp/Receive standard/OrdersApp/Receive/workflow.json:6 When_a_HTTP_request_is_received",
                "FG203 HIGH OrdersApp/null standard/OrdersApp/local.settings.json:10 null"), rules(result));
        // a Key Vault reference, @appsetting() in parameters.json and connections.json: nothing to report
        Finding setting = only(result, "FG203");
        assertTrue(setting.message().startsWith("Setting 'Values/PARTNER_API_KEY' in local.settings.json of logic app "
                + "'OrdersApp' is written in clear and looks like a secret: <redacted"), setting.message());
        // a logic app's secret belongs in an app setting or behind a Key Vault reference, not "cleared before export"
        assertTrue(setting.message().endsWith("give it a Key Vault reference or an app setting instead"), setting.message());
        assertFalse(setting.message().contains("solution"), setting.message());
    }

    @Test
    void anArmTemplateWithoutWorkflowsIsNotAFindingAndOneWithABrokenWorkflowIsFG901() {
        ScanResult storage = scan("other/storage-account.json");
        assertEquals(0, storage.flows());
        assertEquals(List.of(), storage.findings());

        ScanResult broken = scan("other/missing-definition.json");
        Finding unreadable = only(broken, "FG901");
        assertEquals("could not be read: workflow 'half-written' has no definition with triggers or actions",
                unreadable.message());
    }

    @Test
    void discoveryFindsEachShapeAndLeavesOtherTemplatesAlone() throws IOException {
        List<String> found = Discovery.find(FIXTURES).stream()
                .map(p -> FIXTURES.relativize(p).toString().replace('\\', '/')).sorted().toList();

        assertEquals(List.of("arm/nested-deployment.json", "arm/orders-intake-clean.json", "arm/orders-intake.json",
                "bare/notify-teams.json", "exported/partner-sync.json", "other/missing-definition.json",
                "standard/OrdersApp"), found);
    }

    private static final String REQUEST_WORKFLOW = """
            {"type": "Microsoft.Logic/workflows", "apiVersion": "2019-05-01", "name": "%s", "location": "westeurope",
             "properties": {%s "definition": {
               "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
               "triggers": {"manual": {"type": "Request", "kind": "Http", "inputs": {"schema": {}}}},
               "actions": {"Response": {"type": "Response", "kind": "Http", "runAfter": {}, "inputs": {"statusCode": 200}}}}}}""";

    private static ScanResult scanTemplate(Path dir, String... workflows) throws IOException {
        Path file = dir.resolve("template.json");
        java.nio.file.Files.writeString(file, "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
                + "deploymentTemplate.json#\", \"resources\": [" + String.join(",", workflows) + "]}");
        return new Scanner(RuleRegistry.builtIn(), 1).scan(ScanRequest.of(List.of(new ScanInput(file, "template.json"))),
                ScanListener.SILENT);
    }

    @Test
    void twoLogicAppsWithTheSameTriggerInOneTemplateHaveDifferentFingerprints(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        ScanResult result = scanTemplate(dir, REQUEST_WORKFLOW.formatted("orders-a", ""),
                REQUEST_WORKFLOW.formatted("orders-b", ""));

        List<Finding> open = result.findings().stream().filter(f -> f.ruleId().equals("FG401")).toList();
        assertEquals(List.of("orders-a", "orders-b"), open.stream().map(Finding::solution).toList());
        assertEquals(2, open.stream().map(Finding::fingerprint).distinct().count(), "a baseline tells them apart");
    }

    @Test
    void onlyOtherLogicAppsOrSpecificRangesCloseTheTriggerToAnyIpAndToAnyoneWithTheUrl(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ScanResult result = scanTemplate(dir,
                REQUEST_WORKFLOW.formatted("child", "\"accessControl\": {\"triggers\": {\"allowedCallerIpAddresses\": []}},"),
                REQUEST_WORKFLOW.formatted("pinned", "\"accessControl\": {\"triggers\": {\"allowedCallerIpAddresses\": "
                        + "[{\"addressRange\": \"198.51.100.7\"}]}},"),
                REQUEST_WORKFLOW.formatted("ipv6-open", "\"accessControl\": {\"triggers\": {\"allowedCallerIpAddresses\": "
                        + "[{\"addressRange\": \"::/0\"}]}},"));

        assertEquals(3, result.flows());
        assertEquals(List.of("FG401 ipv6-open"), result.findings().stream()
                .map(f -> f.ruleId() + " " + f.solution()).sorted().toList());
    }

    @Test
    void powerAutomateFlowsGetNeitherLogicAppsOnlyRule() {
        String flow = """
                {"properties": {"connectionReferences": {}, "definition": {
                  "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                  "parameters": {"apiKey": {"type": "securestring"}},
                  "triggers": {"manual": {"type": "Request", "kind": "Http", "inputs": {"triggerAuthenticationType": "All"}}},
                  "actions": {}}}}""";
        assertEquals(List.of(), dev.flowguard.testing.RuleHarness.hits(new dev.flowguard.rules.trigger.HttpTriggerAnyIpRule(), flow));
        assertEquals(List.of(), dev.flowguard.testing.RuleHarness.hits(
                new dev.flowguard.rules.exposure.RunHistoryReadableFromAnyIpRule(), flow));
        assertEquals(1, dev.flowguard.testing.RuleHarness.hits(new dev.flowguard.rules.trigger.HttpTriggerAnyoneRule(), flow)
                .size(), "FG401 still judges Power Automate by triggerAuthenticationType");
    }

    @Test
    void aPlainTemplateParameterFeedingASecureWorkflowParameterIsFG202(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("billing.json");
        java.nio.file.Files.writeString(file, """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "parameters": {"billingPassword": {"type": "string"}},
                 "resources": [{"type": "Microsoft.Logic/workflows", "name": "billing",
                   "properties": {
                     "accessControl": {"triggers": {"allowedCallerIpAddresses": []},
                                       "contents": {"allowedCallerIpAddresses": [{"addressRange": "10.0.0.0/8"}]}},
                     "parameters": {"password": {"value": "[parameters('billingPassword')]"}},
                     "definition": {
                       "parameters": {"password": {"type": "securestring"}},
                       "triggers": {"Recurrence": {"type": "Recurrence", "recurrence": {"frequency": "Hour", "interval": 1}}},
                       "actions": {"Bill": {"type": "Http", "runAfter": {},
                         "inputs": {"method": "POST", "uri": "https://billing.contoso.com/run",
                           "authentication": {"type": "Basic", "username": "svc", "password": "@parameters('password')"}},
                         "runtimeConfiguration": {"secureData": {"properties": ["inputs"]}}}}}}}]}""");

        ScanResult result = new Scanner(RuleRegistry.builtIn(), 1).scan(
                ScanRequest.of(List.of(new ScanInput(file, "billing.json"))), ScanListener.SILENT);

        Finding plain = only(result, "FG202");
        assertEquals(2, plain.line(), "on the template parameter's declaration");
        assertEquals("ARM template parameter 'billingPassword' feeds secure workflow parameter 'password' of logic app "
                + "'billing' but is declared string, not securestring: deployments keep its value", plain.message());
        assertEquals(List.of("FG202"), result.findings().stream().map(Finding::ruleId).toList(), summary(result));
    }

    @Test
    void aTemplateParameterPastedIntoTheDefinitionDeploysItsDefaultThere(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("direct.json");
        java.nio.file.Files.writeString(file, """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "parameters": {"clientSecret": {"type": "string", "defaultValue": "Qx8~vT2.mR4sW8zL1nB6cY3hJ5fD0gAk9pLm"},
                                "apiKey": {"type": "securestring"}},
                 "resources": [{"type": "Microsoft.Logic/workflows", "name": "direct",
                   "properties": {
                     "accessControl": {"triggers": {"allowedCallerIpAddresses": []},
                                       "contents": {"allowedCallerIpAddresses": [{"addressRange": "10.0.0.0/8"}]}},
                     "definition": {
                       "triggers": {"Recurrence": {"type": "Recurrence", "recurrence": {"frequency": "Hour", "interval": 1}}},
                       "actions": {"Bill": {"type": "Http", "runAfter": {},
                         "inputs": {"method": "POST", "uri": "https://billing.contoso.com/run",
                           "headers": {"x-api-key": "[parameters('apiKey')]"},
                           "authentication": {"type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com",
                             "audience": "api://billing", "clientId": "0b9f8c4e-2a51-4c1b-9d6e-3f7a8b2c1d0e",
                             "secret": "[parameters('clientSecret')]"}}}}}}}]}""");

        ScanResult result = new Scanner(RuleRegistry.builtIn(), 1).scan(
                ScanRequest.of(List.of(new ScanInput(file, "direct.json"))), ScanListener.SILENT);

        // the string default is in the deployed definition; the securestring with no default is not a literal
        Finding literal = only(result, "FG101");
        assertEquals(15, literal.line(), "where the definition reads the parameter");
        assertTrue(literal.message().contains("ActiveDirectoryOAuth client secret in inputs.authentication: <redacted 36 chars>"),
                literal.message());
        assertFalse(summary(result).contains("Qx8~vT2"), "no secret in clear");
        assertEquals(0, result.findings().stream().filter(f -> f.ruleId().equals("FG102")).count(), summary(result));
    }

    @Test
    void sasTurnedOffLeavesTheTokenAsTheOnlyWayIn(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ScanResult result = scanTemplate(dir, REQUEST_WORKFLOW.formatted("token-only", """
                "accessControl": {"triggers": {"sasAuthenticationPolicy": {"state": "Disabled"},
                  "openAuthenticationPolicies": {"policies": {"portal": {"type": "AAD", "claims": [
                    {"name": "iss", "value": "https://sts.windows.net/7c3e9a1b-2d4f-4e6a-8b9c-0d1e2f3a4b5c/"},
                    {"name": "appid", "value": "5f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}]}}}}},"""));

        // no FG401: the URL alone no longer runs it; still FG403: a stolen token works from anywhere
        assertEquals(List.of("FG403 token-only"), result.findings().stream()
                .map(f -> f.ruleId() + " " + f.solution()).toList(), summary(result));
    }

    @Test
    void sasTurnedOffWithoutAPolicyLeavesNoWayInSoNothingIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        ScanResult result = scanTemplate(dir, REQUEST_WORKFLOW.formatted("closed", """
                "accessControl": {"triggers": {"sasAuthenticationPolicy": {"state": "Disabled"}}},"""));

        assertEquals(List.of(), result.findings().stream().map(f -> f.ruleId() + " " + f.solution()).toList());
    }

    @Test
    void anAuthorizationPolicyThatNamesItsCallerIsNotFG402(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ScanResult result = scanTemplate(dir, REQUEST_WORKFLOW.formatted("named", """
                "accessControl": {"triggers": {"allowedCallerIpAddresses": [{"addressRange": "203.0.113.0/24"}],
                  "openAuthenticationPolicies": {"policies": {"portal": {"type": "AAD", "claims": [
                    {"name": "iss", "value": "https://sts.windows.net/7c3e9a1b-2d4f-4e6a-8b9c-0d1e2f3a4b5c/"},
                    {"name": "appid", "value": "5f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}]}}}}},"""),
                REQUEST_WORKFLOW.formatted("one-open-policy", """
                "accessControl": {"triggers": {"allowedCallerIpAddresses": [{"addressRange": "203.0.113.0/24"}],
                  "openAuthenticationPolicies": {"policies": {
                    "portal": {"type": "AAD", "claims": [{"name": "iss", "value": "https://sts.windows.net/t/"},
                                                         {"name": "appid", "value": "5f1c"}]},
                    "anyone": {"type": "AAD", "claims": [{"name": "iss", "value": "https://sts.windows.net/t/"}]}}}}},"""));

        assertEquals(List.of("FG402 one-open-policy"), result.findings().stream()
                .map(f -> f.ruleId() + " " + f.solution()).toList(), summary(result));
    }
}
