package dev.flowguard.rules;

import java.util.function.Consumer;

/**
 * One check. A rule looks at one flow (or at the solution's own files) and reports {@link Hit}s; the
 * engine turns them into findings with locations, fingerprints and the configured severity.
 */
public interface Rule {

    RuleDescriptor descriptor();

    default void checkFlow(FlowContext context, Consumer<Hit> report) {
    }

    /** For rules about what a solution ships outside its flows: environment variables, settings files. */
    default void checkSolution(SolutionContext context, Consumer<Hit> report) {
    }
}
