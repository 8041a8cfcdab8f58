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

/**
 * FG302: an action whose inputs carry a secret, which run history shows. Not reported where the runtime
 * hides the inputs anyway: the Authorization header of HTTP actions, and inputs that read the secret only
 * straight from an action whose outputs are secured (see {@link RunHistory}).
 */
public final class SecretUseWithoutSecureInputsRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG302", "secret-use-without-secure-inputs",
            Severity.HIGH,
            "An action whose inputs carry a secret flowing from a secret source (Key Vault, a Secret environment "
                    + "variable, a token, a credential its caller sends) without Secure inputs: run history shows the "
                    + "secret. A literal credential is an FG1xx finding alone.",
            "In the action's Settings turn on Secure inputs (runtimeConfiguration.secureData.properties: [\"inputs\"]), "
                    + "and keep the secret out of actions that cannot be secured on its way there.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (Receiver receiver : context.model().receivers()) {
            if (!RunHistory.canBeSecured(receiver.node()) || receiver.node().secureInputs()
                    || receiver.hiddenByUpstream()) {
                continue;
            }
            report.accept(context.hit(DESCRIPTOR, receiver.node(), receiver.sites().get(0).site().pointer(),
                    "Action " + Subjects.typed(context.flow(), receiver.node())
                            + " receives a secret without Secure inputs, so run history shows it: "
                            + ExposureRules.visiblePaths(receiver))
                    .withEvidence(ExposureRules.evidence(receiver)).withPath(ExposureRules.shown(receiver).way()));
        }
    }
}
