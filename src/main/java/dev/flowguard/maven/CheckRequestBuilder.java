package dev.flowguard.maven;

import dev.flowguard.rules.Redactor;
import dev.flowguard.rules.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.RuleSetting;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.solution.Discovery;
import dev.flowguard.solution.ReadLimits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the goal's parameters into a {@link ScanRequest}; every misconfiguration is an {@link IllegalArgumentException}. */
final class CheckRequestBuilder {

    private CheckRequestBuilder() {
    }

    /** {@code NONE} means findings never fail the build: null. */
    static Severity failOn(String failOnSeverity) {
        if (failOnSeverity == null || failOnSeverity.strip().equalsIgnoreCase("NONE")) {
            return null;
        }
        try {
            return Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOnSeverity: unknown level '" + failOnSeverity
                    + "'; use one of INFO, LOW, MEDIUM, HIGH, CRITICAL, NONE");
        }
    }

    static Map<String, RuleSetting> ruleSettings(List<RuleConfig> rules, RuleRegistry registry) {
        Map<String, RuleSetting> settings = new HashMap<>();
        if (rules == null) {
            return settings;
        }
        for (RuleConfig rule : rules) {
            String id = rule.getId() == null ? "" : rule.getId().strip().toUpperCase(Locale.ROOT);
            if (registry.rule(id).isEmpty()) {
                throw new IllegalArgumentException("rules: unknown rule id '" + rule.getId() + "'; see docs/rules/");
            }
            Severity severity;
            try {
                severity = rule.getSeverity() == null ? null : Severity.parse(rule.getSeverity());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rules: " + id + ": " + e.getMessage());
            }
            settings.put(id, new RuleSetting(id, severity, rule.getEnabled() == null || rule.getEnabled()));
        }
        return settings;
    }

    /**
     * The artifacts to scan: those named, else the project's own solution artifacts plus what discovery
     * finds under the base directory. Each is listed once, however many ways it was found.
     */
    static List<ScanInput> inputs(File[] named, List<File> projectArtifacts, Path basedir) throws IOException {
        Map<Path, ScanInput> inputs = new LinkedHashMap<>();
        if (named != null && named.length > 0) {
            for (File file : named) {
                Path path = file.toPath();
                Path absolute = (path.isAbsolute() ? path : basedir.resolve(path)).normalize();
                if (!java.nio.file.Files.exists(absolute)) {
                    // reported as FG901 by the scan, naming the path, rather than dropped silently
                    inputs.putIfAbsent(absolute, new ScanInput(absolute, display(absolute, basedir)));
                    continue;
                }
                for (Path expanded : Discovery.expand(absolute)) {
                    Path normalized = expanded.toAbsolutePath().normalize();
                    inputs.putIfAbsent(normalized, new ScanInput(normalized, display(normalized, basedir)));
                }
            }
            return new ArrayList<>(inputs.values());
        }
        for (File artifact : projectArtifacts) {
            Path path = artifact.toPath().toAbsolutePath().normalize();
            inputs.putIfAbsent(path, new ScanInput(path, display(path, basedir)));
        }
        for (Path found : Discovery.find(basedir)) {
            Path path = found.toAbsolutePath().normalize();
            inputs.putIfAbsent(path, new ScanInput(path, display(path, basedir)));
        }
        return new ArrayList<>(inputs.values());
    }

    /** Paths under the project are shown relative to it, so reports read the same on every machine. */
    static String display(Path path, Path basedir) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.equals(base) ? absolute.getFileName().toString() : absolute.toString();
    }

    static ScanRequest request(List<ScanInput> inputs, boolean showSecrets, Map<String, RuleSetting> settings) {
        return new ScanRequest(inputs, ReadLimits.DEFAULTS, new Redactor(showSecrets), settings);
    }
}
