package dev.flowguard.report;

import dev.flowguard.about.About;
import java.util.ArrayList;
import java.util.List;

/** The reactor-wide lines a build ends with: every module's counts added up, and which modules fail it. */
public final class ReactorSummary {

    private ReactorSummary() {
    }

    /** {@code flowguard reactor [root]: 3 modules, 14 cloud flows in 2 artifacts: 0 CRITICAL, 47 HIGH, …}. */
    public static String totals(ReactorVerdict reactor) {
        int modules = reactor.modules().size() + reactor.unchecked().size();
        StringBuilder text = new StringBuilder(prefix(reactor)).append(": ")
                .append(ConsoleReport.plural(modules, "module")).append(", ")
                .append(ConsoleReport.flows(reactor.flows(), reactor.workflows())).append(" in ")
                .append(ConsoleReport.plural(reactor.artifacts(), "artifact")).append(": ")
                .append(ConsoleReport.counts(reactor.countsBySeverity()));
        if (reactor.suppressed() > 0) {
            text.append(" (").append(reactor.suppressed()).append(" suppressed)");
        }
        return text.toString();
    }

    /** PASSED or FAILED for the whole reactor, naming the modules that fail it. */
    public static String outcome(ReactorVerdict reactor) {
        if (!reactor.failed()) {
            return prefix(reactor) + " PASSED: no module has a finding at or above its failOnSeverity";
        }
        List<String> modules = new ArrayList<>();
        for (Verdict module : reactor.failedModules()) {
            int failing = module.failingFindings().size();
            modules.add(module.project() + " (" + (failing > 0 ? ConsoleReport.plural(failing, "finding") + " at "
                    + module.failOn() + " or above" : ConsoleReport.noFlowsReason(module)) + ")");
        }
        return prefix(reactor) + " FAILED: " + ConsoleReport.plural(reactor.failedModules().size(), "module")
                + " of " + (reactor.modules().size() + reactor.unchecked().size()) + " fail the build: "
                + String.join(", ", modules);
    }

    private static String prefix(ReactorVerdict reactor) {
        return About.NAME + " reactor" + (reactor.root() == null ? "" : " [" + reactor.root() + "]");
    }
}
