package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.flowguard.finding.Finding;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.model.PathStep;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.testing.Fixtures;
import dev.flowguard.testing.SolutionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The way a secret travels, as findings carry it for every report: one shape per test (a variable, a Compose, a loop
 * item, a child flow's trigger, a child flow's Response back to its parent), each in an unpacked folder and in a
 * packed zip. Every step is placed at a line of the file it names that lies inside its own action's JSON, so a reader
 * who follows the steps lands where the secret is.
 */
class SecretPathsTest {

    private static final String VARIABLE = "KeyInVariable-7B1E0A10-0001-4F00-9A00-000D3A4F2C01.json";
    private static final String COMPOSE = "KeyThroughCompose-7B1E0A10-0002-4F00-9A00-000D3A4F2C02.json";
    private static final String LOOP = "KeysInLoop-7B1E0A10-0003-4F00-9A00-000D3A4F2C03.json";
    private static final String LITERAL = "KeyWithLiteral-7B1E0A10-0004-4F00-9A00-000D3A4F2C04.json";
    private static final String PARENT = "SyncPartnerOrders-5A0C7E21-1111-4F00-9A00-000D3A4F1C10.json";
    private static final String CHILD = "CallPartner-5A0C7E21-2222-4F00-9A00-000D3A4F1C20.json";

    @TempDir
    Path temp;

    /** Where the solution is: the fixture's folder as it is, or its flows packed in a zip. */
    enum Layout {
        UNPACKED, PACKED
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSecretKeptInAVariable(Layout layout) throws IOException {
        Scan scan = scan("SecretPaths", layout);
        Finding fg302 = scan.only("FG302", VARIABLE);

        assertEquals(List.of("Get_partner_key", "Init_apiKey", "Call_partner"), actions(fg302));
        assertEquals(List.of("Key Vault secret read here", "kept in variable apiKey", "sent in header x-api-key"),
                messages(fg302));
        assertEquals(List.of(VARIABLE, VARIABLE, VARIABLE), files(fg302));
        // the last step is the finding itself
        assertEquals(fg302.line(), fg302.path().get(2).line());
        assertEquals(fg302.jsonPointer(), fg302.path().get(2).pointer());
        scan.assertEveryStepInsideItsAction();

        Finding fg303 = scan.only("FG303", VARIABLE);
        assertEquals(List.of("Get_partner_key", "Init_apiKey"), actions(fg303));
        Finding fg301 = scan.only("FG301", VARIABLE);
        assertEquals(List.of("Get_partner_key"), actions(fg301), "the source alone: its own way");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSecretPassedOnByACompose(Layout layout) throws IOException {
        Scan scan = scan("SecretPaths", layout);
        Finding fg302 = scan.only("FG302", COMPOSE);

        assertEquals(List.of("Get_orders_key", "Compose_key", "Call_orders"), actions(fg302));
        assertEquals(List.of("Key Vault secret read here", "passed on by this Compose",
                "sent in header Ocp-Apim-Subscription-Key"), messages(fg302));
        scan.assertEveryStepInsideItsAction();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSecretInTheItemsOfALoop(Layout layout) throws IOException {
        Scan scan = scan("SecretPaths", layout);
        Finding fg302 = scan.only("FG302", LOOP);

        assertEquals(List.of("Get_region_key", "For_each_region", "Push_region"), actions(fg302));
        assertEquals("looped over: each item of this loop holds it", messages(fg302).get(1));
        assertTrue(fg302.path().get(1).pointer().endsWith("/For_each_region/foreach"), fg302.path().toString());
        Finding fg303 = scan.only("FG303", LOOP);
        assertEquals(List.of("Get_region_key", "For_each_region"), actions(fg303));
        scan.assertEveryStepInsideItsAction();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSecretAParentSendsIntoItsChildFlow(Layout layout) throws IOException {
        Scan scan = scan("ChildFlows", layout);
        Finding fg302 = scan.only("FG302", CHILD, "Get_upload_ticket");

        // the way starts in the parent's file, where the key is read, and crosses into the child's trigger
        assertEquals(List.of("Get_partner_key", "Run_partner_call", "manual", "Get_upload_ticket"), actions(fg302));
        assertEquals(List.of(PARENT, PARENT, CHILD, CHILD), files(fg302));
        assertEquals(List.of("Key Vault secret read here", "sent to the child flow as text_1",
                "received from the calling flow as text_1", "sent in header x-api-key"), messages(fg302));
        assertEquals(List.of("Get_partner_key", "Run_partner_call", "manual"), actions(scan.only("FG301", CHILD)));
        scan.assertEveryStepInsideItsAction();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSecretAChildFlowHandsBackToItsParent(Layout layout) throws IOException {
        Scan scan = scan("ChildFlows", layout);
        Finding fg302 = scan.only("FG302", PARENT, "Upload_orders");

        assertEquals(List.of("Get_partner_key", "Run_partner_call", "manual", "Respond_to_parent", "Run_partner_call",
                "Upload_orders"), actions(fg302));
        assertEquals(List.of(PARENT, PARENT, CHILD, CHILD, PARENT, PARENT), files(fg302));
        assertEquals(List.of("Key Vault secret read here", "sent to the child flow as text_1",
                "received from the calling flow as text_1", "returned to the caller as ticket",
                "handed back by the child flow as ticket", "sent in the URI"), messages(fg302));
        scan.assertEveryStepInsideItsAction();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void noStepNamesAValue(Layout layout) throws IOException {
        Scan scan = scan("SecretPaths", layout);
        Finding fg302 = scan.only("FG302", LITERAL);

        assertEquals(List.of("Get_signing_key", "Compose_client_secret", "Call_signed"), actions(fg302));
        for (Finding finding : scan.findings()) {
            for (PathStep step : finding.path()) {
                assertFalse(step.message().contains("Pq7~xR2v"), step.toString());
                assertFalse(step.message().contains("@") || step.message().contains("body("), step.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void findingsAboutOnePlaceHaveNoWay(Layout layout) throws IOException {
        Scan scan = scan("HttpTriggers", layout);

        assertFalse(scan.findings().isEmpty());
        assertTrue(scan.findings().stream().allMatch(f -> f.path().isEmpty()), scan.findings().toString());
    }

    // ---- the scan, in either layout ------------------------------------------------------------------------------

    private Scan scan(String fixture, Layout layout) throws IOException {
        Path folder = Fixtures.path(fixture);
        Path input = folder;
        String name = fixture;
        if (layout == Layout.PACKED) {
            SolutionBuilder solution = new SolutionBuilder(fixture);
            try (var flows = Files.list(folder.resolve("Workflows"))) {
                for (Path flow : flows.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    solution.flow(flow.getFileName().toString(), Files.readAllBytes(flow), 5);
                }
            }
            name = fixture + ".zip";
            input = solution.writePacked(temp.resolve(name));
        }
        ScanRequest request = ScanRequest.of(List.of(new ScanInput(input, name)));
        List<Finding> findings = new Scanner(RuleRegistry.builtIn(), 1).scan(request, ScanListener.SILENT).findings();
        return new Scan(findings, folder.getParent(), input, layout);
    }

    private record Scan(List<Finding> findings, Path fixtures, Path input, Layout layout) {

        Finding only(String rule, String file) {
            return only(rule, file, null);
        }

        Finding only(String rule, String file, String action) {
            List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(rule) && f.file().endsWith(file)
                    && (action == null || action.equals(f.action()))).toList();
            assertEquals(1, matching.size(), rule + " " + file + " " + action + " in " + findings);
            return matching.get(0);
        }

        /** Each step's line lies inside the JSON of the action it names, in the file it names. */
        void assertEveryStepInsideItsAction() {
            for (Finding finding : findings) {
                for (PathStep step : finding.path()) {
                    String text = text(step.file());
                    int[] span = span(text, actionPointer(step));
                    assertTrue(step.line() > 0, "placed: " + step);
                    assertTrue(step.line() >= span[0] && step.line() <= span[1],
                            step + " inside lines " + span[0] + "-" + span[1] + " of its action");
                }
            }
        }

        private String text(String file) {
            try {
                if (layout == Layout.PACKED) {
                    assertTrue(file.startsWith(input.getFileName() + "!"), file);
                    try (ZipFile zip = new ZipFile(input.toFile())) {
                        String entry = file.substring(file.indexOf('!') + 1);
                        return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                return Files.readString(fixtures.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The action's own pointer: the step's, cut after {@code actions/<name>} or {@code triggers/<name>}. */
    private static String actionPointer(PathStep step) {
        Matcher matcher = Pattern.compile("^.*/(actions|triggers)/" + Pattern.quote(JsonPointers.escape(step.action()))
                + "(?=/|$)").matcher(step.pointer());
        assertTrue(matcher.find(), "a step in an action: " + step);
        return matcher.group();
    }

    /** The first and last line of the member at {@code pointer}: from its name to its closing brace. */
    private static int[] span(String text, String pointer) {
        JsonFactory factory = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        try (JsonParser parser = factory.createParser(text)) {
            int nameLine = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    nameLine = parser.currentTokenLocation().getLineNr();
                    continue;
                }
                if (token == JsonToken.START_OBJECT
                        && parser.getParsingContext().getParent().pathAsPointer().toString().equals(pointer)) {
                    parser.skipChildren();
                    return new int[] {nameLine, parser.currentTokenLocation().getLineNr()};
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no " + pointer);
    }

    private static List<String> actions(Finding finding) {
        return finding.path().stream().map(PathStep::action).toList();
    }

    private static List<String> messages(Finding finding) {
        return finding.path().stream().map(PathStep::message).toList();
    }

    private static List<String> files(Finding finding) {
        return finding.path().stream().map(step -> step.file().substring(step.file().lastIndexOf('/') + 1)).toList();
    }
}
