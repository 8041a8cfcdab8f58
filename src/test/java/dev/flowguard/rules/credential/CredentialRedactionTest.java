package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.report.ConsoleReport;
import dev.flowguard.report.JsonReport;
import dev.flowguard.report.Verdict;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** No planted secret leaves a scan in clear: not in a finding, not on the console, not in flowguard.json. */
class CredentialRedactionTest {

    private static ScanResult scan(Redactor redactor) {
        List<ScanInput> inputs = List.of(
                new ScanInput(TestFlows.resource("/fixtures/credential"), "flows"),
                new ScanInput(TestFlows.resource("/solutions/credential-values"), "credential-values"));
        return new Scanner(RuleRegistry.builtIn())
                .scan(new ScanRequest(inputs, ReadLimits.DEFAULTS, redactor, Map.of()), ScanListener.SILENT);
    }

    private static String everythingReported(ScanResult result) throws IOException {
        Verdict verdict = Verdict.of(result, Severity.HIGH, true);
        StringBuilder text = new StringBuilder();
        for (Finding finding : result.findings()) {
            text.append(finding).append('\n');
        }
        for (ConsoleReport.Line line : new ConsoleReport(RuleRegistry.builtIn()).lines(verdict)) {
            text.append(line.text()).append('\n');
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReport().write(verdict, json);
        return text.append(json.toString(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void everyPlantedSecretIsFoundAndNoneIsShown() throws IOException {
        ScanResult result = scan(Redactor.REDACTING);
        Map<String, Long> byRule = result.findings().stream()
                .filter(f -> f.ruleId().startsWith("FG1") || f.ruleId().equals("FG203"))
                .collect(Collectors.groupingBy(Finding::ruleId, java.util.TreeMap::new, Collectors.counting()));
        // the defaults of environment variables and secure parameters named like secrets are shipped values: FG203's,
        // but one in a known secret format is FG104's alone (one value, one finding)
        assertEquals(Map.of("FG101", 7L, "FG102", 8L, "FG103", 6L, "FG104", 18L, "FG105", 7L, "FG203", 2L), byRule);

        String reported = everythingReported(result);
        for (String secret : TestFlows.plantedSecrets()) {
            assertFalse(reported.contains(secret), "a planted secret of " + secret.length() + " chars is shown in clear");
            String jsonEscaped = secret.replace("\\", "\\\\").replace("/", "\\/");
            assertFalse(reported.contains(jsonEscaped), "a planted secret is shown JSON-escaped");
        }
        assertTrue(reported.contains("<redacted 40 chars>"));
    }

    @Test
    void showSecretsShowsThem() throws IOException {
        // the opt-in proves the check above looks where the secrets would be
        String reported = everythingReported(scan(new Redactor(true)));
        long shown = TestFlows.plantedSecrets().stream().filter(reported::contains).count();
        assertTrue(shown >= TestFlows.plantedSecrets().size() - 2, shown + " shown");
    }

    @Test
    void placeholdersAreLowAndRealSecretsKeepTheRuleSeverity() {
        ScanResult result = scan(Redactor.REDACTING);
        List<Finding> credentials = result.findings().stream().filter(f -> f.ruleId().startsWith("FG1")).toList();
        List<Finding> placeholders = credentials.stream().filter(f -> f.message().contains("placeholder")).toList();
        // a placeholder where a credential belongs is LOW; a placeholder shipped as a default is no finding at all
        assertEquals(4, placeholders.size());
        assertTrue(placeholders.stream().allMatch(f -> f.severity() == Severity.LOW));
        assertTrue(credentials.stream().filter(f -> !f.message().contains("placeholder"))
                .allMatch(f -> f.severity().isAtLeast(Severity.HIGH)));
    }
}
