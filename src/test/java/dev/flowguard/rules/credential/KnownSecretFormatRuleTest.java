package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.SolutionContext;
import dev.flowguard.solution.OpenArtifact;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.SolutionReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownSecretFormatRuleTest {

    private final KnownSecretFormatRule rule = new KnownSecretFormatRule();

    @Test
    void knownFormatsAreFoundAnywhereInTheFlowAtAnyDepth() {
        // the triggers' and actions' strings first, then the definition's own (FlowStrings' order)
        assertEquals(List.of(
                "Initialize_storage_connection inputs/variables/0/value",
                "Initialize_queue_connection inputs/variables/0/value",
                "Compose_sas_token inputs",
                "Post_to_Slack inputs/body/bot",
                "Create_issue inputs/body/credentials/pat",
                "Send_with_SendGrid inputs/body/sg",
                "Compose_keys_for_the_team inputs/aws",
                "Compose_keys_for_the_team inputs/maps",
                "Compose_keys_for_the_team inputs/payments",
                "Compose_keys_for_the_team inputs/sms",
                "Compose_keys_for_the_team inputs/session",
                "Compose_keys_for_the_team inputs/signing",
                "Compose_sql_connection inputs",
                "- parameters/Graph client (cr_GraphClient)/defaultValue"),
                TestFlows.describe(rule, "fg104-formats.json"));
    }

    @Test
    void theMessageNamesTheFormat() {
        List<String> messages = TestFlows.hits(rule, "fg104-formats.json").stream().map(Hit::message).toList();
        assertEquals("Flow 'fg104-formats' holds an Entra ID client secret in the default value of parameter "
                + "'Graph client (cr_GraphClient)': <redacted 40 chars>", messages.get(messages.size() - 1));
        assertEquals("Action 'Initialize_storage_connection' of flow 'fg104-formats' holds a storage account key "
                + "(AccountKey=) in inputs/variables/0/value: <redacted 88 chars>", messages.get(0));
    }

    @Test
    void valuesInCredentialSlotsAreLeftToTheStructuralRules() {
        // a JWT in an Authorization header, an Entra secret in authentication, a Functions key in x-functions-key,
        // a trigger URL signature in a URI: FG101/FG102/FG103 report them, not FG104
        assertEquals(List.of(), TestFlows.hits(rule, "fg101-authentication.json"));
        assertEquals(List.of(), TestFlows.hits(rule, "fg102-headers.json"));
        assertEquals(List.of(), TestFlows.hits(rule, "fg103-urls.json"));
    }

    @Test
    void aKnownFormatUnderASecretNameIsReportedHereNotAsFG105() {
        assertEquals(List.of("Initialize_session_token inputs/variables/0/value"),
                TestFlows.describe(rule, "fg105-named.json"));
    }

    @Test
    void environmentVariableValuesAndDeploymentSettingsAreChecked() throws Exception {
        SolutionReader reader = new SolutionReader(ReadLimits.DEFAULTS);
        List<Hit> hits = new ArrayList<>();
        try (OpenArtifact artifact = reader.open(TestFlows.resource("/solutions/credential-values"), "credential-values")) {
            rule.checkSolution(SolutionContext.of(artifact.solution()), hits::add);
        }
        List<String> lines = hits.stream().map(h -> h.file() + " " + h.jsonPointer() + " " + h.message()).sorted().toList();
        assertEquals(List.of(
                "credential-values/credential-values.deploymentsettings.json /EnvironmentVariables/2/Value "
                        + "The value deployment settings give environment variable 'cr_PartnerClientSecret' holds "
                        + "an Entra ID client secret: <redacted 40 chars>",
                "credential-values/environmentvariabledefinitions/cr_ChildFlowUrl/environmentvariablevalues.json null "
                        + "The current value of environment variable 'ChildFlowUrl' (cr_ChildFlowUrl) holds a flow "
                        + "trigger URL signature (sig=): <redacted 43 chars>",
                "credential-values/environmentvariabledefinitions/cr_StorageConnection/environmentvariabledefinition.xml null "
                        + "The default value of environment variable 'StorageConnection' (cr_StorageConnection) holds a "
                        + "storage account key (AccountKey=): <redacted 88 chars>"),
                lines);
    }
}
