package dev.flowguard.scan;

import dev.flowguard.rules.Redactor;
import dev.flowguard.solution.ReadLimits;
import java.util.List;
import java.util.Map;

/** Everything a scan needs, decided before it starts. */
public record ScanRequest(List<ScanInput> inputs, ReadLimits limits, Redactor redactor, Map<String, RuleSetting> ruleSettings) {

    public ScanRequest {
        inputs = List.copyOf(inputs);
        ruleSettings = Map.copyOf(ruleSettings);
    }

    public static ScanRequest of(List<ScanInput> inputs) {
        return new ScanRequest(inputs, ReadLimits.DEFAULTS, Redactor.REDACTING, Map.of());
    }
}
