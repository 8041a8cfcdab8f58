package dev.flowguard.rules;

import dev.flowguard.flow.LogicApp;
import dev.flowguard.model.ShippedValue;
import dev.flowguard.solution.Solution;
import java.util.List;

/**
 * What a rule sees when it checks a solution's own files.
 *
 * @param shipped the values the solution's files ship, found once for every rule
 * @param splices the template parameters an ARM template that deploys no workflow writes into its API connections
 */
public record SolutionContext(Solution solution, List<ShippedValue> shipped, List<LogicApp.TemplateSplice> splices) {

    public SolutionContext {
        shipped = List.copyOf(shipped);
        splices = List.copyOf(splices);
    }

    public SolutionContext(Solution solution, List<ShippedValue> shipped) {
        this(solution, shipped, List.of());
    }

    public static SolutionContext of(Solution solution) {
        return new SolutionContext(solution, dev.flowguard.model.ShippedValues.of(solution));
    }
}
