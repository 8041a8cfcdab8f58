package dev.flowguard.maven;

import dev.flowguard.about.RuleDocs;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.registry.RuleRegistry;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows a rule's documentation in the build log, from the plugin itself, without the network: what the rule
 * finds, why it matters and how to fix it. {@code mvn flowguard:explain -Drule=FG302}; without {@code rule},
 * lists every rule with its default severity.
 */
@Mojo(name = "explain", threadSafe = true, requiresProject = false)
public class ExplainMojo extends AbstractMojo {

    /** The rule to explain, such as FG302. Leave it out to list the rules. */
    @Parameter(property = "rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        RuleRegistry registry = RuleRegistry.builtIn();
        if (rule == null || rule.isBlank()) {
            getLog().info("flowguard rules (mvn flowguard:explain -Drule=FG302 shows one):");
            for (Rule each : registry.rules()) {
                RuleDescriptor d = each.descriptor();
                getLog().info("  " + d.id() + " " + d.name() + " (" + d.defaultSeverity() + "): " + d.summary());
            }
            return;
        }
        String id = rule.strip().toUpperCase(Locale.ROOT);
        Optional<String> page = registry.rule(id).flatMap(r -> RuleDocs.page(id));
        if (page.isEmpty()) {
            throw new MojoExecutionException("flowguard: unknown rule id '" + rule + "'; mvn flowguard:explain lists the rules");
        }
        for (String line : page.get().split("\\R", -1)) {
            getLog().info(line);
        }
        getLog().info("Online: " + registry.descriptor(id).helpUri());
    }
}
