package dev.flowguard.rules.exposure;

import dev.flowguard.knowledge.RunHistory;
import dev.flowguard.model.Receiver;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;
import java.util.function.Consumer;

/** FG303: a secret flowing into an action that has no Secure inputs/outputs setting at all. */
public final class SecretInUnsecurableActionRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG303", "secret-in-unsecurable-action",
            Severity.HIGH,
            "A secret flowing into an action that cannot be secured (Initialize/Set/Append variable, Terminate, "
                    + "Apply to each, Switch): run history always shows it.",
            "Do not keep secrets in variables or pass them to these actions: reference the secured source action "
                    + "(or a Compose with Secure inputs) directly where the secret is used.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (Receiver receiver : context.model().receivers()) {
            if (RunHistory.canBeSecured(receiver.node()) || !RunHistory.showsUnsecurableInputs(receiver.node())) {
                continue;
            }
            report.accept(context.hit(DESCRIPTOR, receiver.node(), receiver.sites().get(0).site().pointer(),
                    "Action " + Subjects.typed(context.flow(), receiver.node())
                            + " receives a secret and cannot be secured, so run history always shows it: "
                            + ExposureRules.paths(receiver))
                    .withEvidence(ExposureRules.evidence(receiver)).withPath(ExposureRules.shown(receiver).way()));
        }
    }
}
