package dev.flowguard.rules.exposure;

import static dev.flowguard.rules.exposure.ExposureFlows.actions;
import static dev.flowguard.rules.exposure.ExposureFlows.hits;
import static dev.flowguard.rules.exposure.ExposureFlows.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.rules.Hit;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.testing.CorpusFlowFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CoE Starter Kit's "Admin | Audit Logs | Office 365 Management API Subscription": the client secret,
 * when kept as a text environment variable, is read from the Dataverse tables without Secure outputs, kept in
 * the variable theTextSecret, and sent by three HTTP actions without Secure inputs.
 */
class CoeAuditLogsSubscriptionTest {

    private static final String FLOW = "austin-slayton__coe-starter-kit/CenterofExcellenceCoreComponents/SolutionPackage/"
            + "src/Workflows/AdminAuditLogsOffice365ManagementAPISubscription-CCCA4A5C-21E8-ED11-A7C6-0022480813FF.json";

    private Flow flow;

    @BeforeEach
    void load() throws Exception {
        Path corpus = CorpusFlowFiles.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve(FLOW)),
                "no CoE Starter Kit flow in the corpus; skipped");
        flow = FlowParser.parse("CenterofExcellenceCoreComponents", "Workflows/" + Path.of(FLOW).getFileName(), null,
                "AdminAuditLogs", new JsonReader(ReadLimits.DEFAULTS).parse(Files.readAllBytes(corpus.resolve(FLOW))));
    }

    @Test
    void secretKeptInAVariableAndSentByHttpActionsWithoutSecureInputs() {
        List<Hit> fg302 = hits(new SecretUseWithoutSecureInputsRule(), flow, null);
        assertEquals(Set.of("GetSubscription", "StartSubscription", "StopSubscription"), actions(fg302));
        for (Hit hit : fg302) {
            String name = hit.node().name();
            assertTrue(hit.message().contains("ListCurrents-TextSecret → Set_theTextSecret_-_CurrentValue → " + name
                    + " (inputs/authentication/secret)"), hit.message());
            assertTrue(hit.message().contains("ListDefns-TextSecret → Set_theTextSecret_-_DefaultValue → " + name),
                    hit.message());
            assertEquals(hit.node().pointerTo("inputs", "authentication", "secret"), hit.jsonPointer());
        }

        List<Hit> fg303 = hits(new SecretInUnsecurableActionRule(), flow, null);
        assertEquals(Set.of("Set_theTextSecret_-_CurrentValue", "Set_theTextSecret_-_DefaultValue"), actions(fg303));
        assertTrue(on(fg303, "Set_theTextSecret_-_DefaultValue").message()
                .contains("ListDefns-TextSecret → Set_theTextSecret_-_DefaultValue (inputs/value)"));
    }

    @Test
    void theDataverseReadsShowTheSecretButTheSecuredKeyVaultReadDoesNot() {
        List<Hit> fg301 = hits(new SecretSourceWithoutSecureOutputsRule(), flow, null);
        // Get_Azure_Secret (RetrieveEnvironmentVariableSecretValue) has Secure outputs; the client id reads are no secret
        assertEquals(Set.of("ListDefns-TextSecret", "ListCurrents-TextSecret"), actions(fg301));
    }
}
