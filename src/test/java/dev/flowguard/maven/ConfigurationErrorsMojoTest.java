package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * Misconfiguration as Maven meets it: each stops the build as an error (MojoExecutionException, no cause to
 * print as a stack trace), with one line naming the setting and what is wrong; never as a finding.
 */
@MojoTest
class ConfigurationErrorsMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";
    private static final String SAMPLE = Path.of("samples/ContosoExpenses").toAbsolutePath().toString();

    private static void configure(CheckMojo mojo, String... solutions) throws Exception {
        mojo.setLog(new CapturingLog(false));
        MojoExtension.setVariableValueToObject(mojo, "solutions", solutions);
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory",
                Files.createTempDirectory("flowguard-config").toFile());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aNamedSolutionThatDoesNotExistIsAnErrorNotAFinding(CheckMojo mojo) throws Exception {
        configure(mojo, "solutoins/Contoso.zip");
        MojoExtension.setVariableValueToObject(mojo, "failOnSeverity", "CRITICAL");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("flowguard: solutions: 'solutoins/Contoso.zip' does not exist (looked for "),
                error.getMessage());
        assertNull(error.getCause(), "nothing more to print than the message");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void solutionsFromTheCommandLineHaveTheirBlanksTrimmed(CheckMojo mojo) throws Exception {
        // -Dflowguard.solutions="samples/ContosoExpenses, samples/ContosoExpenses" arrives split at the comma
        configure(mojo, SAMPLE, " " + SAMPLE + " ");

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("flowguard found 4 findings at HIGH or above"), failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownRuleInTheSuppressionsFileIsAnErrorAsInRules(CheckMojo mojo) throws Exception {
        Path file = Files.createTempDirectory("flowguard-suppressions").resolve("flowguard-suppressions.xml");
        Files.writeString(file, "<suppressions>\n  <suppression>\n    <rule>FG410</rule><flow>*</flow><reason>typo</reason>\n"
                + "  </suppression>\n</suppressions>\n");
        configure(mojo, SAMPLE);
        MojoExtension.setVariableValueToObject(mojo, "suppressionsFile", file.toString());

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: flowguard-suppressions.xml: suppression 1 (line 2, column 16): unknown rule id 'FG410'; "
                + "see docs/rules/ or mvn flowguard:explain", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aMalformedSuppressionsFileSaysLineAndColumn(CheckMojo mojo) throws Exception {
        Path file = Files.createTempDirectory("flowguard-suppressions").resolve("flowguard-suppressions.xml");
        Files.writeString(file, "<suppressions>\n  <suppression><rule>FG401</rule>\n</suppressions>\n");
        configure(mojo, SAMPLE);
        MojoExtension.setVariableValueToObject(mojo, "suppressionsFile", file.toString());

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().matches("flowguard: flowguard-suppressions\\.xml \\(line 3, column \\d+\\) is not "
                + "well-formed XML: .+"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/enabled-yes/pom.xml")
    void enabledYesIsAnErrorNotARuleSwitchedOff(CheckMojo mojo) throws Exception {
        configure(mojo, SAMPLE);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: rules: FG401: <enabled> must be true or false, not 'yes'", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aFlagThatIsNotTrueOrFalseIsAnError(CheckMojo mojo) throws Exception {
        configure(mojo, SAMPLE);
        MojoExtension.setVariableValueToObject(mojo, "failIfNoFlows", "yes");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: failIfNoFlows must be true or false, not 'yes'", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aDocsUrlMustBeAnAddress(CheckMojo mojo) throws Exception {
        configure(mojo, SAMPLE);
        MojoExtension.setVariableValueToObject(mojo, "docsUrl", "docs/rules");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("flowguard: docsUrl: 'docs/rules' is not an absolute http(s) URL"),
                error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aNamedSuppressionsFileMustExist(CheckMojo mojo) throws Exception {
        configure(mojo, SAMPLE);
        MojoExtension.setVariableValueToObject(mojo, "suppressionsFile", Path.of("config/missing.xml").toAbsolutePath().toString());

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("flowguard: suppressionsFile: no file at " + Path.of("config/missing.xml").toAbsolutePath(),
                error.getMessage());
    }
}
