package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** {@code mvn flowguard:explain -Drule=FG302}: a rule's page from the plugin itself, no network. */
@MojoTest
class ExplainMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void printsTheRulesPageAsBundledFromDocsRules(ExplainMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "rule", "fg302");

        mojo.execute();

        List<String> page = Files.readAllLines(Path.of("docs/rules/FG302.md"));
        List<String> lines = log.lines("INFO");
        assertEquals(page, lines.subList(0, page.size()));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Online:")), "no address that may not exist");
    }

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void withDocsUrlThePagesAddressFollows(ExplainMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "rule", "FG302");
        MojoExtension.setVariableValueToObject(mojo, "docsUrl", "https://git.contoso.com/flowguard/docs/rules");

        mojo.execute();

        List<String> lines = log.lines("INFO");
        assertEquals("Online: https://git.contoso.com/flowguard/docs/rules/FG302.md", lines.get(lines.size() - 1));
    }

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void flowguardRuleWorksAsRuleDoes(ExplainMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);
        session(mojo).getUserProperties().setProperty("flowguard.rule", "FG302");

        mojo.execute();

        assertEquals("# FG302 secret-use-without-secure-inputs", log.lines("INFO").get(0));
    }

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void anUnknownPropertyIsNamedNotIgnored(ExplainMojo mojo) throws Exception {
        mojo.setLog(new CapturingLog(false));
        session(mojo).getUserProperties().setProperty("flowguard.rules", "FG302");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: explain does not know -Dflowguard.rules; it takes -Drule=FG302 (or -Dflowguard.rule=FG302)",
                error.getMessage());
    }

    private static org.apache.maven.execution.MavenSession session(ExplainMojo mojo) throws Exception {
        return (org.apache.maven.execution.MavenSession) MojoExtension.getVariableValueFromObject(mojo, "session");
    }

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void withoutARuleListsThemAll(ExplainMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);

        mojo.execute();

        assertTrue(log.lines("INFO").stream().anyMatch(l -> l.startsWith("  FG401 http-trigger-anyone (HIGH): ")), log.all());
    }

    @Test
    @InjectMojo(goal = "explain", pom = POM)
    void anUnknownRuleIsAnError(ExplainMojo mojo) throws Exception {
        mojo.setLog(new CapturingLog(false));
        MojoExtension.setVariableValueToObject(mojo, "rule", "FG999");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: unknown rule id 'FG999'; mvn flowguard:explain lists the rules", error.getMessage());
    }
}
