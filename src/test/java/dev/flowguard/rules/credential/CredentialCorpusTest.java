package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FG101–FG105 over every flow of the shared corpus of real solutions. Every finding there was checked by hand
 * (the list is in the pull request note). The real leaks, each in an unpacked and a packed copy: an Entra ID client
 * secret as the default value the SharePoint Site Assistant sample's flow carries for its SharePointAssistantKey
 * environment variable, and an Azure AI services key as the current value of the Term Buddy sample's demo-key
 * environment variable.
 */
class CredentialCorpusTest {

    private static final String LEAKING_FLOW = "SharePointAssistant-Sitecreation-2CE870D2-AB19-EE11-8F6D-6045BDF5263A.json";

    private static ScanResult result;

    @BeforeAll
    static void scanCorpus() throws Exception {
        Path corpus = Corpus.location();
        Assumptions.assumeTrue(corpus != null, "no corpus at -Dflowguard.corpus: skipped");
        result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(Corpus.inputs(corpus)), ScanListener.SILENT);
    }

    private static List<Finding> credentialFindings() {
        return result.findings().stream().filter(f -> f.ruleId().startsWith("FG1")).toList();
    }

    @Test
    void theCorpusIsReadWhole() {
        assertTrue(result.flows() >= 300, result.flows() + " flows");
    }

    @Test
    void theOnlyHighOrCriticalCredentialFindingsAreTheRealLeaks() {
        List<String> serious = credentialFindings().stream().filter(f -> f.severity().isAtLeast(Severity.HIGH))
                .map(f -> f.severity() + " " + f.ruleId() + " " + solutionRelative(f.file())
                        + " " + f.jsonPointer())
                .sorted()
                .toList();
        String entraSecret = "CRITICAL FG104 Workflows/" + LEAKING_FLOW
                + " /properties/definition/parameters/SharePointAssistantKey (kch_SharePointAssistantKey)/defaultValue";
        String aiServicesKey = "CRITICAL FG104 environmentvariabledefinitions/kch_demokey/environmentvariablevalues.json null";
        assertEquals(List.of(entraSecret, entraSecret, aiServicesKey, aiServicesKey), serious);
    }

    /** The path inside the solution, the same for its zip and its source folder. */
    private static String solutionRelative(String file) {
        return file.replaceFirst("^.*?[!/](?=(Workflows|environmentvariabledefinitions)/)", "");
    }

    @Test
    void theRestArePlaceholdersAtLow() {
        List<Finding> low = credentialFindings().stream().filter(f -> !f.severity().isAtLeast(Severity.HIGH)).toList();
        assertEquals(2, low.size());
        assertTrue(low.stream().allMatch(f -> f.severity() == Severity.LOW && f.ruleId().equals("FG102")
                && f.file().endsWith("logic-jiraintegration-demo.json")));
    }
}
