package dev.flowguard.rules.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.rules.Severity;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.ScanResult;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.Discovery;
import dev.flowguard.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * FG201-FG204 on the shared corpus of real public solutions. Every FG2xx finding at MEDIUM or above was checked
 * by hand (see the list below); a new one is either a regression or a lead to check, and either way worth a look.
 * All findings are written to target/flowguard-corpus-fg2xx.txt for review.
 */
class EnvironmentRulesCorpusTest {

    @Test
    void findsOnlyTheCheckedFindingsAtMediumOrAbove() throws IOException {
        Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout; skipping");

        List<ScanInput> inputs = new ArrayList<>();
        for (Path artifact : Discovery.find(corpus)) {
            inputs.add(new ScanInput(artifact, corpus.relativize(artifact).toString()));
        }
        try (Stream<String> lines = Files.lines(corpus.resolve("SOURCES.tsv"))) {
            lines.skip(1).map(line -> line.split("\t")).filter(columns -> columns.length >= 6)
                    .filter(columns -> columns[5].equals("flow-json") || columns[5].equals("logicapp-json"))
                    .map(columns -> corpus.resolve(columns[0]))
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .forEach(path -> inputs.add(new ScanInput(path, corpus.relativize(path).toString())));
        }
        ScanResult result = new Scanner(RuleRegistry.builtIn()).scan(ScanRequest.of(inputs), ScanListener.SILENT);
        List<Finding> fg2 = result.findings().stream().filter(f -> f.ruleId().startsWith("FG2")).toList();
        List<String> lines = fg2.stream().map(f -> f.severity() + " " + f.ruleId() + " [" + f.solution() + "] " + f.file()
                + (f.action() == null ? "" : " " + f.actionPath()) + ": " + f.message()).sorted().toList();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/flowguard-corpus-fg2xx.txt"), lines);

        List<String> serious = fg2.stream().filter(f -> f.severity().isAtLeast(Severity.MEDIUM))
                .map(f -> f.ruleId() + " " + f.solution() + " " + f.file()).distinct().sorted().toList();
        assertEquals(CHECKED, serious);
    }

    private static final String COE =
            "austin-slayton__coe-starter-kit/CenterofExcellenceCoreComponents/SolutionPackage/src/environmentvariabledefinitions/";
    private static final String ASSISTANT = "pnp__powerplatform-samples/samples/sharepoint-site-assistant/";
    private static final String TERM_BUDDY = "pnp__powerplatform-samples/samples/term-buddy/";

    /** Each checked by hand: all true positives (a client secret or API key in a String variable, and its value shipped). */
    private static final List<String> CHECKED = List.of(
            // CoE kit: String variables meant for client secrets (the kit offers Secret-typed twins beside them)
            "FG202 CenterofExcellenceCoreComponents " + COE + "admin_AuditLogsClientSecret/environmentvariabledefinition.xml",
            "FG202 CenterofExcellenceCoreComponents " + COE + "admin_CommandCenterClientSecret/environmentvariabledefinition.xml",
            // SharePoint site assistant: the Entra client secret of its Graph app, String-typed, its value in the flow
            "FG202 SharePointSiteassistant " + ASSISTANT + "solution/SharePointSiteAssistant.zip!"
                    + "environmentvariabledefinitions/kch_SharePointAssistantKey/environmentvariabledefinition.xml",
            "FG202 SharePointSiteassistant " + ASSISTANT + "sourcecode/src/"
                    + "environmentvariabledefinitions/kch_SharePointAssistantKey/environmentvariabledefinition.xml",
            // term buddy: an 84-character Azure ML endpoint key, String-typed, its current value shipped
            "FG202 termbuddy " + TERM_BUDDY + "solution/termbuddy.zip!environmentvariabledefinitions/kch_demokey/"
                    + "environmentvariabledefinition.xml",
            "FG202 termbuddy " + TERM_BUDDY + "sourcecode/termbuddy/src/environmentvariabledefinitions/kch_demokey/"
                    + "environmentvariabledefinition.xml",
            "FG203 SharePointSiteassistant " + ASSISTANT + "solution/SharePointSiteAssistant.zip!Workflows/"
                    + "SharePointAssistant-Sitecreation-2CE870D2-AB19-EE11-8F6D-6045BDF5263A.json",
            "FG203 SharePointSiteassistant " + ASSISTANT + "sourcecode/src/Workflows/"
                    + "SharePointAssistant-Sitecreation-2CE870D2-AB19-EE11-8F6D-6045BDF5263A.json",
            "FG203 termbuddy " + TERM_BUDDY + "solution/termbuddy.zip!environmentvariabledefinitions/kch_demokey/"
                    + "environmentvariablevalues.json",
            "FG203 termbuddy " + TERM_BUDDY + "sourcecode/termbuddy/src/environmentvariabledefinitions/kch_demokey/"
                    + "environmentvariablevalues.json");
}
