package dev.flowguard.maven;

import dev.flowguard.check.RuleChoice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The parameters of one goal for one project, whatever part of the POM set them: what Maven injected, completed
 * from the parts of the POM it does not give that goal ({@link PluginConfiguration}), or, for a project the goal
 * was not injected for (each module of a reactor checked from its root, each module on the root's site page),
 * resolved as Maven would: the POM, then {@code -Dflowguard.*} and the project's properties, then the default.
 */
final class Settings {

    /** A parameter: its name in the POM, its property, its default (null for none). */
    enum Parameter {
        SKIP("skip", "flowguard.skip", "false"),
        SOLUTIONS("solutions", "flowguard.solutions", null),
        INCLUDES("includes", "flowguard.includes", null),
        EXCLUDES("excludes", "flowguard.excludes", null),
        RULES("rules", null, null),
        FAIL_ON_SEVERITY("failOnSeverity", "flowguard.failOnSeverity", "HIGH"),
        FAIL_ON_VIOLATION("failOnViolation", "flowguard.failOnViolation", "true"),
        FAIL_IF_NO_FLOWS("failIfNoFlows", "flowguard.failIfNoFlows", "true"),
        SUPPRESSIONS_FILE("suppressionsFile", "flowguard.suppressionsFile", null),
        BASELINE_FILE("baselineFile", "flowguard.baselineFile", null),
        FORMATS("formats", "flowguard.formats", "console,sarif,json"),
        OUTPUT_DIRECTORY("outputDirectory", "flowguard.outputDirectory", null),
        SHOW_SECRETS("showSecrets", "flowguard.showSecrets", "false"),
        DOCS_URL("docsUrl", "flowguard.docsUrl", null);

        final String name;
        final String property;
        final String defaultValue;

        Parameter(String name, String property, String defaultValue) {
            this.name = name;
            this.property = property;
            this.defaultValue = defaultValue;
        }

        boolean isList() {
            return this == SOLUTIONS || this == INCLUDES || this == EXCLUDES;
        }
    }

    /** What every goal that scans shares; {@code formats} and {@code outputDirectory} are check's own. */
    static final List<Parameter> SHARED = List.of(Parameter.SKIP, Parameter.SOLUTIONS, Parameter.INCLUDES,
            Parameter.EXCLUDES, Parameter.RULES, Parameter.FAIL_ON_SEVERITY, Parameter.FAIL_ON_VIOLATION,
            Parameter.FAIL_IF_NO_FLOWS, Parameter.SUPPRESSIONS_FILE, Parameter.BASELINE_FILE, Parameter.SHOW_SECRETS,
            Parameter.DOCS_URL);

    private final Map<Parameter, Object> values;

    private Settings(Map<Parameter, Object> values) {
        this.values = values;
    }

    /** Values as Maven injected them into a goal's fields. */
    static Builder injected() {
        return new Builder();
    }

    /** Builds from a goal's fields. */
    static final class Builder {
        private final Map<Parameter, Object> values = new LinkedHashMap<>();

        Builder set(Parameter parameter, Object value) {
            if (value instanceof String[] array) {
                values.put(parameter, Arrays.asList(array));
            } else if (value != null) {
                values.put(parameter, value);
            }
            return this;
        }

        Builder rules(List<RuleConfig> rules) {
            if (rules != null) {
                values.put(Parameter.RULES, rules.stream()
                        .map(r -> new RuleChoice(r.getId(), r.getSeverity(), r.getEnabled())).toList());
            }
            return this;
        }

        Settings build() {
            return new Settings(new LinkedHashMap<>(values));
        }
    }

    /**
     * These values, each shared parameter the goal's own part of the POM does not set taken from the part that does
     * (the {@code <build>} configuration for the site report, say).
     */
    Settings completedFrom(PluginConfiguration configuration) {
        Map<Parameter, Object> completed = new LinkedHashMap<>(values);
        for (Parameter parameter : SHARED) {
            if (!configuration.ownSets(parameter.name)) {
                configuration.other(parameter.name).ifPresent(dom -> completed.put(parameter, read(parameter, dom)));
            }
        }
        return new Settings(completed);
    }

    /** A project's values when Maven injected none for it: the POM, then properties, then defaults. */
    static Settings resolved(MavenProject project, MavenSession session, PluginConfiguration configuration) {
        Map<Parameter, Object> resolved = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            Optional<Xpp3Dom> written = configuration.any(parameter.name);
            if (written.isPresent()) {
                resolved.put(parameter, read(parameter, written.get()));
                continue;
            }
            String property = parameter.property == null ? null : property(parameter.property, project, session);
            if (property != null) {
                resolved.put(parameter, parameter.isList() ? split(property) : property);
            } else if (parameter == Parameter.OUTPUT_DIRECTORY && project != null && project.getBuild() != null
                    && project.getBuild().getDirectory() != null) {
                resolved.put(parameter, project.getBuild().getDirectory() + "/flowguard");
            } else if (parameter.defaultValue != null) {
                resolved.put(parameter, parameter.defaultValue);
            }
        }
        return new Settings(resolved);
    }

    String text(Parameter parameter) {
        Object value = values.get(parameter);
        return value == null ? parameter.defaultValue : value.toString();
    }

    @SuppressWarnings("unchecked")
    List<String> list(Parameter parameter) {
        Object value = values.get(parameter);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    List<RuleChoice> rules() {
        Object value = values.get(Parameter.RULES);
        return value instanceof List<?> list ? (List<RuleChoice>) list : List.of();
    }

    /**
     * {@code true} or {@code false}: Maven reads any other word as false, which would switch {@code failIfNoFlows}
     * off without a word; here it is a configuration error.
     */
    boolean flag(Parameter parameter) throws MojoExecutionException {
        String value = text(parameter);
        String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("true") || normalized.equals("false")) {
            return normalized.equals("true");
        }
        throw new MojoExecutionException("flowguard: " + parameter.name + " must be true or false, not '" + value + "'");
    }

    private static Object read(Parameter parameter, Xpp3Dom dom) {
        if (parameter == Parameter.RULES) {
            List<RuleChoice> rules = new ArrayList<>();
            for (Xpp3Dom rule : dom.getChildren()) {
                rules.add(new RuleChoice(childValue(rule, "id"), childValue(rule, "severity"), childValue(rule, "enabled")));
            }
            return List.copyOf(rules);
        }
        if (parameter.isList()) {
            if (dom.getChildCount() > 0) {
                List<String> items = new ArrayList<>();
                for (Xpp3Dom item : dom.getChildren()) {
                    if (item.getValue() != null) {
                        items.add(item.getValue().strip());
                    }
                }
                return List.copyOf(items);
            }
            return dom.getValue() == null ? List.of() : split(dom.getValue());
        }
        return dom.getValue() == null ? null : dom.getValue().strip();
    }

    private static String childValue(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent.getChild(name);
        return child == null || child.getValue() == null ? null : child.getValue().strip();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** As Maven evaluates {@code ${name}} for a parameter: user and system properties, then the project's. */
    private static String property(String name, MavenProject project, MavenSession session) {
        if (session != null) {
            for (Properties properties : new Properties[] {session.getUserProperties(), session.getSystemProperties()}) {
                if (properties != null && properties.getProperty(name) != null) {
                    return properties.getProperty(name);
                }
            }
        }
        if (project != null && project.getProperties() != null) {
            return project.getProperties().getProperty(name);
        }
        return null;
    }
}
