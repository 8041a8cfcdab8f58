package dev.flowguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.Scanner;
import dev.flowguard.solution.Discovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule-test harness: a realistic flow (or solution folder) in, its findings out, with the expectation written
 * beside what it is about, as Error Prone's tests have it. A fixture under {@code src/test/resources/fixtures/}
 * marks each line a finding must point at with a comment naming the rules, and the harness scans it with every
 * built-in rule, exactly as a build would, and fails on any finding not announced and any announcement not found:
 * <pre>
 *   "headers": {
 *     "x-api-key": "@{body('Get_key')?['value']}"   // expect: FG302
 *   }
 * </pre>
 * A fixture folder of folders, not a solution, is searched as a repository is: each artifact discovery finds in it
 * is scanned. A comment alone on its line speaks of the next line. {@code expect-file:} announces findings about a whole file
 * (they have no line), and XML files say the same in {@code <!-- expect: … -->}. The flow JSON may carry these
 * comments because flowguard reads JSON with comments, as the Logic Apps runtime does.
 */
public final class Fixtures {

    private static final Pattern EXPECT = Pattern.compile("(?://|<!--)\\s*expect(-file)?:\\s*([A-Z0-9, ]+)");
    private static final Pattern RULE_ID = Pattern.compile("FG\\d{3}");

    private Fixtures() {
    }

    /** Scans the fixture and asserts its findings are exactly the announced ones; returns them for closer looks. */
    public static List<Finding> check(String fixture) {
        Path path = path(fixture);
        List<Finding> findings = scan(path);
        Set<String> found = new TreeSet<>();
        for (Finding finding : findings) {
            found.add(tail(finding.file()) + ":" + (finding.line() > 0 ? finding.line() : "file") + " " + finding.ruleId());
        }
        assertEquals(expected(path), found, fixture + ": findings (file:line rule) against its expect comments");
        return findings;
    }

    /** Every finding of every built-in rule on the fixture, unchecked. */
    public static List<Finding> scan(String fixture) {
        return scan(path(fixture));
    }

    /**
     * A file, a solution or a folder of flows is one artifact; a folder of folders is searched as a repository is,
     * each artifact discovery finds in it scanned.
     */
    private static List<Finding> scan(Path path) {
        List<ScanInput> inputs = new ArrayList<>();
        try (Stream<Path> children = Files.isDirectory(path) ? Files.list(path) : Stream.empty()) {
            boolean repository = Files.isDirectory(path) && children.noneMatch(Files::isRegularFile);
            for (Path artifact : repository ? Discovery.expand(path) : List.of(path)) {
                inputs.add(new ScanInput(artifact, path.getParent().relativize(artifact).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scanner(RuleRegistry.builtIn(), 1).scan(ScanRequest.of(inputs), ScanListener.SILENT).findings();
    }

    public static Path path(String fixture) {
        URL url = Fixtures.class.getResource("/fixtures/" + fixture);
        if (url == null) {
            throw new IllegalArgumentException("no fixture src/test/resources/fixtures/" + fixture);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(fixture, e);
        }
    }

    private static Set<String> expected(Path fixture) {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.isDirectory(fixture) ? Files.walk(fixture) : Stream.of(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String name = tail(fixture.getParent().relativize(file).toString());
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = EXPECT.matcher(lines.get(i));
                    if (!matcher.find()) {
                        continue;
                    }
                    boolean aloneOnItsLine = lines.get(i).strip().startsWith("//") || lines.get(i).strip().startsWith("<!--");
                    String where = matcher.group(1) != null ? "file" : String.valueOf(aloneOnItsLine ? i + 2 : i + 1);
                    for (String id : ids(matcher.group(2))) {
                        expected.add(name + ":" + where + " " + id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = RULE_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    /** A file as both sides name it: from the fixture's own name on, with forward slashes. */
    private static String tail(String file) {
        return file.replace('\\', '/').replaceFirst("^.*!", "");
    }
}
