package dev.flowguard.maven;

import dev.flowguard.about.RuleDocs;
import dev.flowguard.report.RuleHelp;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows a rule's documentation in the build log, from the plugin itself, without the network: what the rule
 * finds, why it matters and how to fix it. {@code mvn flowguard:explain -Drule=FG302} (or
 * {@code -Dflowguard.rule=FG302}); without a rule, lists every rule with its default severity.
 */
@Mojo(name = "explain", threadSafe = true, requiresProject = false)
public class ExplainMojo extends AbstractMojo {

    /** The properties of flowguard's goals, so that a misspelt one is named rather than ignored. */
    private static final Set<String> KNOWN = Set.of("flowguard.rule", "flowguard.skip", "flowguard.solutions",
            "flowguard.includes", "flowguard.excludes", "flowguard.failOnSeverity", "flowguard.failOnViolation",
            "flowguard.failIfNoFlows", "flowguard.suppressionsFile", "flowguard.baselineFile", "flowguard.formats",
            "flowguard.outputDirectory", "flowguard.showSecrets", "flowguard.docsUrl");

    /** The rule to explain, such as FG302. Leave it out to list the rules. */
    @Parameter(property = "rule")
    private String rule;

    /** Where your team hosts the rule pages: the page's address is printed after it. */
    @Parameter(property = "flowguard.docsUrl")
    private String docsUrl;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException {
        Properties user = session == null || session.getUserProperties() == null ? new Properties()
                : session.getUserProperties();
        List<String> unknown = new ArrayList<>();
        for (String name : user.stringPropertyNames()) {
            if (name.startsWith("flowguard.") && !KNOWN.contains(name) || name.equals("rules") || name.equals("ruleId")) {
                unknown.add("-D" + name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException("flowguard: explain does not know " + String.join(", ", unknown)
                    + "; it takes -Drule=FG302 (or -Dflowguard.rule=FG302)");
        }
        String asked = rule == null || rule.isBlank() ? user.getProperty("flowguard.rule") : rule;
        RuleRegistry registry = RuleRegistry.builtIn();
        RuleHelp help;
        try {
            help = new RuleHelp(RuleHelp.checkDocsUrl(docsUrl), RuleHelp.PREFIX_COMMAND);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("flowguard: " + e.getMessage());
        }
        if (asked == null || asked.isBlank()) {
            getLog().info("flowguard rules (mvn flowguard:explain -Drule=FG302 shows one):");
            for (Rule each : registry.rules()) {
                RuleDescriptor d = each.descriptor();
                getLog().info("  " + d.id() + " " + d.name() + " (" + d.defaultSeverity() + "): " + d.summary());
            }
            return;
        }
        String id = asked.strip().toUpperCase(Locale.ROOT);
        Optional<String> page = registry.rule(id).flatMap(r -> RuleDocs.page(id));
        if (page.isEmpty()) {
            throw new MojoExecutionException("flowguard: unknown rule id '" + asked + "'; mvn flowguard:explain lists the rules");
        }
        for (String line : page.get().split("\\R", -1)) {
            getLog().info(line);
        }
        help.url(id).ifPresent(url -> getLog().info("Online: " + url));
    }
}
