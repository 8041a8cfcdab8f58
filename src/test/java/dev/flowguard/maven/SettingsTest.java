package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.check.RuleChoice;
import java.io.StringReader;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/**
 * One configuration for every goal, wherever the pom writes it: Maven gives the site report only {@code <reporting>}
 * and a goal typed on the command line only the plugin's and {@code default-cli}'s configuration; the goals complete
 * theirs from the other parts, so the page and the gate judge alike.
 */
class SettingsTest {

    private static Xpp3Dom dom(String xml) throws Exception {
        return Xpp3DomBuilder.build(new StringReader(xml));
    }

    /** A project whose flowguard plugin is configured under build, in its check execution and under reporting. */
    private static MavenProject project(String build, String execution, String reporting) throws Exception {
        Model model = new Model();
        model.setArtifactId("contoso-expenses");
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.flowguard");
        plugin.setArtifactId("flowguard-maven-plugin");
        if (build != null) {
            plugin.setConfiguration(dom(build));
        }
        PluginExecution check = new PluginExecution();
        check.setId("default");
        check.setGoals(List.of("check"));
        if (execution != null) {
            check.setConfiguration(dom(execution));
        }
        plugin.addExecution(check);
        model.setBuild(new Build());
        model.getBuild().addPlugin(plugin);
        ReportPlugin report = new ReportPlugin();
        report.setGroupId("dev.flowguard");
        report.setArtifactId("flowguard-maven-plugin");
        if (reporting != null) {
            report.setConfiguration(dom(reporting));
        }
        model.setReporting(new Reporting());
        model.getReporting().addPlugin(report);
        return new MavenProject(model);
    }

    /** What Maven injects into the report goal when {@code <reporting>} says nothing: the defaults. */
    private static Settings.Builder reportDefaults() {
        return Settings.injected().set(Settings.Parameter.FAIL_ON_SEVERITY, "HIGH").set(Settings.Parameter.SKIP, "false");
    }

    @Test
    void theSitePageReadsTheBuildConfigurationCheckObeys() throws Exception {
        MavenProject project = project("""
                <configuration><failOnSeverity>MEDIUM</failOnSeverity>
                  <suppressionsFile>config/flowguard-suppressions.xml</suppressionsFile>
                  <rules><rule><id>FG204</id><severity>HIGH</severity><enabled>true</enabled></rule></rules>
                </configuration>""", null, null);

        Settings report = reportDefaults().build()
                .completedFrom(PluginConfiguration.of(project, PluginConfiguration.Reader.REPORT, null));

        assertEquals("MEDIUM", report.text(Settings.Parameter.FAIL_ON_SEVERITY));
        assertEquals("config/flowguard-suppressions.xml", report.text(Settings.Parameter.SUPPRESSIONS_FILE));
        assertEquals(List.of(new RuleChoice("FG204", "HIGH", "true")), report.rules());
    }

    @Test
    void eachGoalsOwnPartWins() throws Exception {
        MavenProject project = project("<configuration><failOnSeverity>MEDIUM</failOnSeverity></configuration>", null,
                "<configuration><failOnSeverity>LOW</failOnSeverity></configuration>");

        Settings report = reportDefaults().set(Settings.Parameter.FAIL_ON_SEVERITY, "LOW").build()
                .completedFrom(PluginConfiguration.of(project, PluginConfiguration.Reader.REPORT, null));
        Settings check = Settings.injected().set(Settings.Parameter.FAIL_ON_SEVERITY, "MEDIUM").build()
                .completedFrom(PluginConfiguration.of(project, PluginConfiguration.Reader.EXECUTION, "default"));

        assertEquals("LOW", report.text(Settings.Parameter.FAIL_ON_SEVERITY));
        assertEquals("MEDIUM", check.text(Settings.Parameter.FAIL_ON_SEVERITY));
    }

    @Test
    void aGoalTypedOnTheCommandLineReadsTheCheckExecutionsConfiguration() throws Exception {
        MavenProject project = project(null, """
                <configuration><solutions><solution>solution</solution><solution>new-flows</solution></solutions>
                  <excludes>**/legacy/**, samples/</excludes></configuration>""", null);

        Settings baseline = Settings.injected().build()
                .completedFrom(PluginConfiguration.of(project, PluginConfiguration.Reader.COMMAND_LINE, "default-cli"));

        assertEquals(List.of("solution", "new-flows"), baseline.list(Settings.Parameter.SOLUTIONS));
        assertEquals(List.of("**/legacy/**", "samples/"), baseline.list(Settings.Parameter.EXCLUDES));
    }

    @Test
    void aModuleCheckedFromTheRootIsResolvedAsMavenWould() throws Exception {
        MavenProject pcf = project("<configuration><formats>console,html</formats></configuration>", null, null);
        pcf.getProperties().setProperty("flowguard.skip", "true");
        pcf.getBuild().setDirectory("/work/contoso/pcf/target");

        Settings resolved = Settings.resolved(pcf, null,
                PluginConfiguration.of(pcf, PluginConfiguration.Reader.COMMAND_LINE, "default-cli"));

        assertTrue(resolved.flag(Settings.Parameter.SKIP), "a module's <flowguard.skip> property");
        assertEquals("console,html", resolved.text(Settings.Parameter.FORMATS));
        assertEquals("HIGH", resolved.text(Settings.Parameter.FAIL_ON_SEVERITY));
        assertEquals("/work/contoso/pcf/target/flowguard", resolved.text(Settings.Parameter.OUTPUT_DIRECTORY));
        assertTrue(resolved.flag(Settings.Parameter.FAIL_IF_NO_FLOWS));
    }

    @Test
    void aFlagIsTrueOrFalseNotWhateverMavenMakesOfIt() throws Exception {
        Settings settings = Settings.injected().set(Settings.Parameter.FAIL_IF_NO_FLOWS, "yes").build();

        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> settings.flag(Settings.Parameter.FAIL_IF_NO_FLOWS));

        assertEquals("flowguard: failIfNoFlows must be true or false, not 'yes'", error.getMessage());
        assertFalse(Settings.injected().set(Settings.Parameter.SHOW_SECRETS, " FALSE ").build()
                .flag(Settings.Parameter.SHOW_SECRETS));
    }
}
