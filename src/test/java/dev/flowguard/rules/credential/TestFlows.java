package dev.flowguard.rules.credential;

import dev.flowguard.flow.Flow;
import dev.flowguard.testing.RuleHarness;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.solution.ArtifactKind;
import dev.flowguard.solution.Solution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the credential test flows and runs one rule over them. */
final class TestFlows {

    static final String DIR = "/fixtures/credential/";

    private TestFlows() {
    }

    static Flow load(String fileName) {
        return RuleHarness.load("credential/" + fileName, fileName, fileName.replace(".json", ""));
    }

    static List<Hit> hits(Rule rule, String fileName) {
        return hits(rule, load(fileName));
    }

    static List<Hit> hits(Rule rule, Flow flow) {
        return RuleHarness.hits(rule, flow,
                new Solution("Tests", "tests", ArtifactKind.FLOW_FILES, List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * One line per hit, easy to compare: the action (or {@code -}), the JSON pointer inside it (or inside the
     * definition), and {@code LOW} when the hit is capped as a placeholder.
     */
    static List<String> describe(Flow flow, List<Hit> hits) {
        List<String> lines = new ArrayList<>();
        for (Hit hit : hits) {
            String base = hit.node() != null ? hit.node().jsonPointer() : flow.definitionPointer();
            String inside = hit.jsonPointer().startsWith(base + "/") ? hit.jsonPointer().substring(base.length() + 1)
                    : hit.jsonPointer();
            lines.add((hit.node() == null ? "-" : hit.node().name()) + " " + inside
                    + (hit.maxSeverity() == null ? "" : " " + hit.maxSeverity()));
        }
        return lines;
    }

    static List<String> describe(Rule rule, String fileName) {
        Flow flow = load(fileName);
        return describe(flow, hits(rule, flow));
    }

    /** Every secret value planted in the test flows and solutions, one per line. */
    static List<String> plantedSecrets() {
        try {
            return Files.readAllLines(resource(DIR + "planted-secrets.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(TestFlows.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
