package dev.flowguard.rules.exposure;

import dev.flowguard.flow.NodeRole;
import dev.flowguard.model.SecretSource;
import dev.flowguard.model.Step;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;
import java.util.List;
import java.util.function.Consumer;

/** FG301: an action that produces a secret, whose outputs run history shows. */
public final class SecretSourceWithoutSecureOutputsRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG301", "secret-source-without-secure-outputs",
            Severity.HIGH,
            "An action or trigger that produces a secret (Key Vault Get secret, secret environment-variable read, token "
                    + "request, a credential sent to the flow) "
                    + "without Secure outputs: everyone who can see the flow's runs can read the secret.",
            "In the action's Settings turn on Secure outputs (runtimeConfiguration.secureData.properties: [\"outputs\"]).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (SecretSource source : context.model().secretSources()) {
            if (source.node() == null || !source.kind().isNode() || source.node().secureOutputs()) {
                continue;
            }
            boolean trigger = source.node().role() == NodeRole.TRIGGER;
            report.accept(context.hit(DESCRIPTOR, source.node(), source.node().jsonPointer(),
                    (trigger ? "Trigger " : "Action ") + Subjects.typed(context.flow(), source.node())
                            + (trigger ? " receives " : " reads ") + source.kind().secretDescription()
                            + " without Secure outputs: run history shows the secret").withEvidence(source.kind().name())
                    // a way of one step, where the secret appears; one a parent flow sent it on starts there
                    .withPath(List.of(new Step(source.node(), source.node().jsonPointer(), source.node().name(),
                            Step.Role.SOURCE).from(source.kind()))));
        }
    }
}
