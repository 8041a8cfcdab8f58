package dev.flowguard.rules.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.Discovery;
import dev.flowguard.testing.CorpusFlowFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the run-history rules over the whole corpus and prints what they find, for review by hand. */
class ExposureCorpusTest {

    @Test
    void corpusFindingsAreTheReviewedOnes() throws Exception {
        Path corpus = CorpusFlowFiles.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no corpus at -Dflowguard.corpus; skipped");
        List<Path> artifacts = Discovery.find(corpus);
        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : artifacts) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString()));
        }
        for (CorpusFlowFiles.FlowFile file : CorpusFlowFiles.all(corpus)) {
            Path path = corpus.resolve(file.name().contains("!") ? "-" : file.name());
            if (!file.name().contains("!") && artifacts.stream().noneMatch(path::startsWith)) {
                inputs.add(new ScanInput(path, file.name()));
            }
        }
        ScanResult result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(inputs), ScanListener.SILENT);
        List<Finding> exposure = result.findings().stream()
                .filter(f -> f.ruleId().startsWith("FG30") || f.ruleId().equals("FG902")).toList();
        System.out.println("exposure corpus: " + result.flows() + " flows, " + exposure.size() + " FG30x/FG902 findings");
        for (Finding finding : exposure) {
            System.out.println(finding.severity() + " " + finding.ruleId() + " " + finding.file() + " "
                    + finding.actionPath() + ": " + finding.message());
        }
        assertTrue(result.flows() >= 300, "expected at least 300 flows, checked " + result.flows());
        // every finding was checked by hand; anything new on the corpus is a false positive until shown otherwise
        Set<String> found = new TreeSet<>();
        for (Finding finding : exposure) {
            String file = finding.file().substring(finding.file().lastIndexOf('/') + 1);
            found.add(finding.ruleId() + " " + file.substring(0, file.indexOf('-')) + " " + finding.action());
        }
        Set<String> expected = new TreeSet<>();
        for (String flow : List.of("AdminAuditLogsOffice365ManagementAPISubscription", "AdminAuditLogsSyncAuditLogsV2",
                "CommandCenterAppGetM365ServiceMessages")) {
            expected.add("FG301 " + flow + " ListDefns-TextSecret");
            expected.add("FG301 " + flow + " ListCurrents-TextSecret");
            expected.add("FG303 " + flow + " Set_theTextSecret_-_CurrentValue");
            expected.add("FG303 " + flow + " Set_theTextSecret_-_DefaultValue");
        }
        for (String action : List.of("GetSubscription", "StartSubscription", "StopSubscription")) {
            expected.add("FG302 AdminAuditLogsOffice365ManagementAPISubscription " + action);
        }
        expected.add("FG302 AdminAuditLogsSyncAuditLogsV2 ListAuditLogContent");
        expected.add("FG302 AdminAuditLogsSyncAuditLogsV2 GetContentDetails");
        expected.add("FG302 CommandCenterAppGetM365ServiceMessages List_serviceAnnouncements_from_Graph");
        expected.add("FG302 SharePointAssistant HTTP_-_Invite_external_user");
        assertEquals(expected, found);
        assertEquals(20, exposure.size(), "the SharePoint flow is in the corpus twice (sources and zip)");
    }
}
