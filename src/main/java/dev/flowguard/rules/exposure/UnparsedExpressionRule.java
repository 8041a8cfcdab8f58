package dev.flowguard.rules.exposure;

import dev.flowguard.model.FlowModel;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;
import java.util.function.Consumer;

/**
 * FG902: an expression flowguard could not parse. The exposure rules then assume it reads every tainted
 * name it quotes; this finding says where that guess was made, so nobody mistakes silence for a check.
 */
public final class UnparsedExpressionRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG902", "unparsed-expression",
            Severity.INFO,
            "An expression flowguard could not parse; the run-history rules treated it conservatively.",
            "Check the expression in the designer; if the runtime accepts it, report it to flowguard with the "
                    + "expression's shape.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (FlowModel.Unparsed unparsed : context.model().unparsed()) {
            report.accept(context.hit(DESCRIPTOR, unparsed.node(), unparsed.site().pointer(),
                    Subjects.role(unparsed.node()) + " " + Subjects.typed(context.flow(), unparsed.node())
                            + " holds an expression flowguard could not parse (" + unparsed.problem() + ")")
                    .withEvidence(unparsed.site().pointer()));
        }
    }
}
