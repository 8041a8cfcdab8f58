package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.OriginKind;
import dev.flowguard.model.Origin;
import dev.flowguard.model.Step;
import dev.flowguard.model.Ways;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * FG201: a credential slot whose value comes from somewhere that is no secret store: the trigger's input, a plain
 * parameter, another action's response, something computed at run time. Literals are the FG1xx rules' business,
 * plain environment variables FG202's; tokens the flow obtains while it runs and business data are not
 * configuration an environment variable could hold (see {@link OriginKind.Store}).
 */
public final class CredentialNotFromEnvironmentVariableRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG201", "credential-not-from-environment-variable",
            Severity.MEDIUM,
            "A credential field fed by an expression that is not an environment variable, a secure parameter or a Key Vault read.",
            "Read the credential from a Secret environment variable backed by Azure Key Vault, or with the Key Vault "
                    + "connector's 'Get secret' (Secure outputs on), and reference that in the field.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        for (CredentialUses use : CredentialUses.of(context)) {
            if (use.origins().strongestStore() != OriginKind.Store.NOT_A_SECRET_STORE) {
                continue;
            }
            Origin origin = use.origins().first(OriginKind.Store.NOT_A_SECRET_STORE);
            report.accept(context.hit(DESCRIPTOR, use.node(), use.site().pointer(),
                    "The " + use.label() + " of " + Subjects.node(use.node()) + " in flow '" + context.flow().name()
                            + "' comes from " + describe(context, origin)
                            + ", not from a Secret environment variable, a secure parameter or Key Vault")
                    .withEvidence(use.label() + "|" + use.text())
                    .withPath(Ways.throughCarriers(context.model(), origin.way(), use.node(), use.site().pointer())));
        }
    }

    /** {@code the trigger's input ('manual'), by way of variable 'token'}. */
    private static String describe(FlowContext context, Origin origin) {
        String from = switch (origin.kind()) {
            case TRIGGER_INPUT -> "the trigger's input ('" + origin.source() + "')";
            case PLAIN_PARAMETER -> "parameter '" + origin.source() + "' of type " + context.flow()
                    .parameter(origin.source()).map(FlowParameter::type).filter(t -> !t.isEmpty()).orElse("unknown")
                    + " (not securestring)";
            case RESPONSE -> origin.node() != null && origin.node().isType("Http")
                    ? "the response of HTTP action '" + origin.source() + "'"
                    : "the output of " + Subjects.node(origin.node());
            default -> origin.source();
        };
        List<String> carriers = new ArrayList<>();
        for (Step step : origin.path().subList(1, origin.path().size())) {
            carriers.add(step.role() == Step.Role.VARIABLE ? "variable '" + step.detail() + "'"
                    : step.role() == Step.Role.LOOP_ITEM ? "the items of loop '" + step.label() + "'"
                    : "'" + step.label() + "' (" + step.node().type() + ")");
        }
        return carriers.isEmpty() ? from : from + ", by way of " + String.join(", ", carriers);
    }
}
