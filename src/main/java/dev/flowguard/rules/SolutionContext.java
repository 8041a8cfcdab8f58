package dev.flowguard.rules;

import dev.flowguard.model.ShippedValue;
import dev.flowguard.solution.Solution;
import java.util.List;

/**
 * What a rule sees when it checks a solution's own files.
 *
 * @param shipped the values the solution's files ship, found once for every rule
 */
public record SolutionContext(Solution solution, List<ShippedValue> shipped) {

    public SolutionContext {
        shipped = List.copyOf(shipped);
    }

    public static SolutionContext of(Solution solution) {
        return new SolutionContext(solution, dev.flowguard.model.ShippedValues.of(solution));
    }
}
