package dev.flowguard.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.TestSolutions;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanResult;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {

    private static final Finding FG302 = new Finding("FG302", Severity.HIGH, "ContosoIntake", "Invoice sync",
            "solutions/ContosoIntake/Workflows/InvoiceSync.json", 40, 9, "/properties/definition/actions/Call_api",
            "Call_api", "Scope_main/Call_api", "HTTP action 'Call_api' sends a secret without Secure inputs",
            "0123456789abcdef0123456789abcdef", null);

    @Test
    void scanSuppressesTheTriggerWhoseDescriptionGivesAReason() {
        ScanResult result = TestSolutions.scanContosoIntake();

        Finding partner = TestSolutions.only(result.findings(), "FG401", "PartnerCallback");
        assertEquals("inline: the partner gateway cannot sign in; the URL is rotated monthly (SEC-118)",
                partner.suppression().describe());
        assertFalse(TestSolutions.only(result.findings(), "FG401", "IntakeWebhook").suppressed());
    }

    @Test
    void aDirectiveWithoutReasonDoesNotApplyAndTheFindingSaysSo() {
        Finding tenant = TestSolutions.only(TestSolutions.scanContosoIntake().findings(), "FG402", "TenantStatus");

        assertFalse(tenant.suppressed());
        assertTrue(tenant.message().endsWith(
                "(its 'flowguard:ignore FG402' has no reason, so it does not apply: write why after the rule id)"),
                tenant.message());
    }

    @Test
    void onlyTheNamedRulesAreSuppressed() {
        assertSame(FG302, InlineSuppressions.apply(FG302, "flowguard:ignore FG301 token is not secret here"));
        assertEquals("inline: reviewed with security",
                InlineSuppressions.apply(FG302, "flowguard:ignore FG301, fg302 - reviewed with security").suppression().describe());
    }

    @Test
    void eachDirectiveKeepsItsOwnReason() {
        String description = "Posts the batch.\nflowguard:ignore FG401 partner cannot sign in\n"
                + "FLOWGUARD:IGNORE FG302: sandbox key, revoked after UAT";

        assertEquals("inline: sandbox key, revoked after UAT", InlineSuppressions.apply(FG302, description).suppression().describe());
    }

    @Test
    void aDirectiveNamingNoRuleSaysSoOnTheActionsFindings() {
        // FG320 for FG302: the suppressions file refuses such an id; inline, the finding it meant to accept says it
        Finding typo = InlineSuppressions.apply(FG302, "flowguard:ignore FG320 reviewed with security (SEC-4)");

        assertFalse(typo.suppressed());
        assertTrue(typo.message().endsWith("(its 'flowguard:ignore FG320' names no rule flowguard has, so it suppresses "
                + "nothing: mvn flowguard:explain lists the rules)"), typo.message());
        assertEquals("inline: reviewed", InlineSuppressions.apply(FG302, "flowguard:ignore FG999, FG302 reviewed")
                .suppression().describe(), "a known id beside it still applies");
    }

    @Test
    void aDescriptionWithoutDirectiveChangesNothing() {
        assertSame(FG302, InlineSuppressions.apply(FG302, "Sends the invoice to the ERP (see flowguard docs)"));
        assertSame(FG302, InlineSuppressions.apply(FG302, ""));
    }
}
