package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** {@code flowguard:report}: the page of {@code mvn site}, and on its own one HTML file it says it wrote. */
@MojoTest
class ReportMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void onItsOwnItWritesOnePageAndSaysWhere(ReportMojo mojo) throws Exception {
        Path site = Files.createTempDirectory("flowguard-site");
        CapturingLog log = new CapturingLog(false);
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "solutions",
                new String[] {Path.of("samples/ContosoExpenses").toAbsolutePath().toString()});
        MojoExtension.setVariableValueToObject(mojo, "reportingDirectory", site.toFile());

        mojo.execute();

        String html = Files.readString(site.resolve("flowguard.html"));
        assertTrue(html.contains("<h2 id=\"failing\">Findings that fail the build (4)</h2>"), html);
        assertEquals("flowguard report: " + site.resolve("flowguard.html"), log.lines("INFO").get(log.lines("INFO").size() - 1));
        assertTrue(log.lines("ERROR").isEmpty(), "the page never fails the build, nor logs it as failed: " + log.all());
        assertTrue(log.lines("INFO").contains("flowguard: flowguard:check fails this build: 4 findings at HIGH or above"),
                log.all());
    }

    @Test
    void aParentsPageLinksToEachModulesPage() {
        MavenProject parent = project("contoso-solutions", "https://sites.contoso.com/solutions/");
        MavenProject hr = project("contoso-hr", "https://sites.contoso.com/solutions/contoso-hr");

        assertEquals("contoso-hr/flowguard.html", ReportMojo.link(parent, hr));
        assertEquals("contoso-hr/flowguard.html", ReportMojo.link(project("contoso-solutions", null),
                project("contoso-hr", null)), "where site:stage puts a module without a URL");
    }

    private static MavenProject project(String artifactId, String url) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        model.setUrl(url);
        return new MavenProject(model);
    }
}
