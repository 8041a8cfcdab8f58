package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.solution.Discovery;
import dev.flowguard.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the corpus's 19 Azure Logic Apps repositories (corpus/logicapps) through default discovery, as a user's
 * repository would be read: every workflow is read, only the five deliberately unparseable C# format templates are
 * FG901, and the HIGH and CRITICAL findings are the ones reviewed by hand (verdicts beside each group below).
 */
class LogicAppsCorpusTest {

    /** corpus/README.md: "five are deliberately unparseable C# format templates" ({{ }}, {0} placeholders). */
    private static final List<String> CSHARP_TEMPLATES = List.of(
            "Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ChunkText/simple_workflow.json",
            "Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/DB2/DB2GenericWorkflow.json",
            "Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/Ftp/TriggerWorkflow.json",
            "Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/ServiceBusTrigger/workflow.PeekLock.No.Action.json",
            "Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/XsltActionWorkflow/Map10WithContentEnvelopeExtensionObjectWorkflow.json");

    /**
     * HIGH and CRITICAL findings but FG901, reviewed by hand, all right: the Kafka 'Authorization' header
     * literals (a dummy token, but a literal where a credential goes), the Key Vault reads returned by a Response
     * without Secure outputs/inputs (FG301/FG302: run history shows the secret), the real-format trigger URL 'sig'
     * (FG103), token refreshes whose new refresh token is written to Key Vault by an action without Secure inputs
     * (ketana0224: FG301 on the request, FG302 on the PUT) and a Fuse auth_token passed to Azure Functions
     * (FG301/FG302). No longer here, rightly: 'mypassword', 'pfxcontent', 'mysecret', 'myauthheader', 'fake…'
     * keys and defaults that repeat their parameter's name ('clientid', 'clientsecret') are placeholders, reported
     * at LOW; a literal in inputs.authentication is FG101's alone, not also FG302 (docs/run-history.md). Since the value
     * model, a 32-hex APIM {@code subscriptionKey} written into an ApiManagement action is FG105, as the same key is
     * FG102 in an Ocp-Apim-Subscription-Key header (it was nothing before: identifiers counted only in credential slots).
     */
    private static final List<String> REVIEWED = List.of(
            "FG102 CRITICAL Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ConfluentKafka/workflow.json:26 Send_Messages_To_Kafka_Topic",
            "FG102 CRITICAL Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/ConfluentKafka/Sendworkflow_withAvro.json:31 Send_Messages_To_Kafka_Topic",
            "FG102 CRITICAL Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/ConfluentKafka/workflow.json:26 Send_Messages_To_Kafka_Topic",
            "FG103 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/complex-logicapp-if.json:27 null",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIM.json:59 UploadAttachment",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIMMultipleDiffrent.json:101 UploadAttachment3",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIMMultipleDiffrent.json:59 UploadAttachment",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIMMultipleDiffrent.json:80 UploadAttachment2",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIMMultipleSame.json:59 UploadAttachment",
            "FG105 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/APIMMultipleSame.json:80 UploadAttachment2",
            "FG301 HIGH Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/KeyVault/getSecret/workflow.json:18 Get_Secret",
            "FG301 HIGH aliencube__Key-Vault-Connector-for-Logic-Apps/src/KeyVaultConnector.Resources/LogicApp.json:168 Get_the_Secret_Details",
            "FG301 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/parameter-test-object.json:308 GET_FUSE_TOKEN",
            "FG301 HIGH ketana0224__logic-app-service-account/workflows/wf-TeamsNotify/workflow.json:118 Token_Refresh",
            "FG301 HIGH ketana0224__logic-app-service-account/workflows/wf-TokenHealthCheck/workflow.json:52 Token_Refresh",
            "FG302 HIGH Azure__logicapps-migration-agent/resources/referenceWorkflowsAndConnections/workflows/ServiceProviders/KeyVault/getSecret/workflow.json:10 Response",
            "FG302 HIGH aliencube__Key-Vault-Connector-for-Logic-Apps/src/KeyVaultConnector.Resources/LogicApp.json:202 Response",
            "FG302 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/parameter-test-object.json:252 INT0020-Update-Fuse-Users",
            "FG302 HIGH jeffhollan__LogicAppTemplateCreator/LogicAppTemplate.Test/TestFiles/parameter-test-object.json:284 INT0020-Update-Fuse-Users2",
            "FG302 HIGH ketana0224__logic-app-service-account/workflows/wf-TeamsNotify/workflow.json:141 Update_Refresh_Token",
            "FG302 HIGH ketana0224__logic-app-service-account/workflows/wf-TokenHealthCheck/workflow.json:75 Update_Refresh_Token"
    );

    @Test
    void readsEveryLogicAppsWorkflowOfTheCorpus() throws IOException {
        Path corpus = Corpus.root().map(root -> root.resolve("logicapps")).filter(Files::isDirectory).orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus/logicapps is not beside this checkout; skipping");

        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : Discovery.find(corpus)) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString().replace('\\', '/')));
        }
        ScanResult result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(inputs), ScanListener.SILENT);

        // ARM templates, exported resources, workflow files and Standard project folders (370), and the migration
        // agent's 47 reference connections.json files, each kept apart from any workflow
        assertEquals(417, inputs.size(), "artifacts discovered");
        assertEquals(47, inputs.stream().filter(i -> i.displayName().endsWith("/connections.json")).count());
        assertEquals(385, result.flows(), "workflows read");
        assertEquals(385, result.workflows(), "every one counted as a workflow, none as a cloud flow");
        assertEquals(CSHARP_TEMPLATES, result.findings().stream().filter(f -> f.ruleId().equals("FG901"))
                .map(Finding::file).sorted().toList());
        assertEquals(REVIEWED, result.findings().stream()
                .filter(f -> f.severity().isAtLeast(Severity.HIGH))
                .filter(f -> !f.ruleId().equals("FG901"))
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.file() + ":" + f.line() + " " + f.action())
                .sorted().toList());
        // every HTTP Request trigger whose logic app sets neither an Entra ID policy nor IP limits: SAS-only, the
        // platform's default, MEDIUM; and one open trigger is one finding, never FG401 and FG403 together
        List<Finding> open = result.findings().stream().filter(f -> f.ruleId().equals("FG401")).toList();
        assertEquals(270, open.size());
        assertEquals(List.of(Severity.MEDIUM), open.stream().map(Finding::severity).distinct().toList());
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("FG403")).toList());
    }
}
