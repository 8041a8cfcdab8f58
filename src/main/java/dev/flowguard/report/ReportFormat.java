package dev.flowguard.report;

import dev.flowguard.rules.registry.RuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The formats a project can ask for in {@code formats}. */
public enum ReportFormat {
    CONSOLE(registry -> null),
    SARIF(SarifReport::new),
    JSON(registry -> new JsonReport()),
    HTML(HtmlReport::new),
    JUNIT(JunitReport::new);

    private final Function<RuleRegistry, ReportWriter> writers;

    ReportFormat(Function<RuleRegistry, ReportWriter> writers) {
        this.writers = writers;
    }

    /**
     * The file writer, empty for the console, which goes to the build log.
     *
     * @param registry the rules the scan ran: the reports describe those, as the console does
     */
    public Optional<ReportWriter> writer(RuleRegistry registry) {
        return Optional.ofNullable(writers.apply(registry));
    }

    /**
     * Parses {@code console,sarif,json}, ignoring case and blanks.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<ReportFormat> parseList(String text) {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        if (text == null) {
            return formats;
        }
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> known = new ArrayList<>();
                for (ReportFormat format : values()) {
                    known.add(format.name().toLowerCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("unknown report format '" + name + "'; use any of " + known);
            }
        }
        return formats;
    }
}
