package dev.flowguard.rules;

import dev.flowguard.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule fixture under {@code src/test/resources/fixtures}, each scanned as a build would and held to the
 * {@code // expect:} comments written beside what they are about: a finding not announced, or an announcement not
 * found, fails its case. A new fixture is a new case without a line of Java.
 */
class FixturesTest {

    static Stream<String> fixtures() throws IOException {
        Path root = Fixtures.path("");
        try (Stream<Path> children = Files.list(root)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyWhatTheFixtureAnnounces(String fixture) {
        Fixtures.check(fixture);
    }
}
