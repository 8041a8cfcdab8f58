package dev.flowguard;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.RuleSetting;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.rules.Redactor;
import dev.flowguard.solution.ReadLimits;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The unpacked solution under src/test/resources/solutions/ContosoIntake: three flows whose HTTP triggers
 * give an unsuppressed FG401 (IntakeWebhook, no triggerAuthenticationType), an FG401 suppressed inline with a
 * reason (PartnerCallback) and an FG402 whose inline directive has no reason (TenantStatus).
 */
public final class TestSolutions {

    private TestSolutions() {
    }

    public static Path contosoIntake() {
        return resource("solutions/ContosoIntake");
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestSolutions.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ScanResult scanContosoIntake() {
        return scanContosoIntake(Map.of());
    }

    public static ScanResult scanContosoIntake(Map<String, RuleSetting> settings) {
        ScanRequest request = new ScanRequest(List.of(new ScanInput(contosoIntake(), "solutions/ContosoIntake")),
                ReadLimits.DEFAULTS, Redactor.REDACTING, settings);
        return new Scanner(RuleRegistry.builtIn()).scan(request, ScanListener.SILENT);
    }

    public static Finding only(List<Finding> findings, String ruleId, String fileContains) {
        List<Finding> matching = findings.stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.file().contains(fileContains)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + ruleId + " in " + fileContains + ", got " + matching
                    + " of " + findings);
        }
        return matching.get(0);
    }
}
