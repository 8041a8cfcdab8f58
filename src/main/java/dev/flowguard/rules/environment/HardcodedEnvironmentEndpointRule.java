package dev.flowguard.rules.environment;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.ReferenceKind;
import dev.flowguard.flow.expr.Template;
import dev.flowguard.model.Site;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Hit;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.Subjects;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FG204: values that tie a flow to one environment written into its triggers' and actions' inputs:
 * Dataverse organization URLs, SharePoint site URLs (the root site too), other flows' trigger URLs, Azure resource
 * ids: values that differ between development, test and production. Tenant ids do not, and are not reported.
 * Only literal text counts: a value built from {@code parameters('…')} is already configurable.
 */
public final class HardcodedEnvironmentEndpointRule implements Rule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("FG204", "hardcoded-environment-endpoint",
            Severity.LOW,
            "Environment-specific URLs (Dataverse, SharePoint, flow triggers, Azure resources) written into actions instead of environment variables.",
            "Create an environment variable (String, or Data source for SharePoint sites) for the URL or id, reference "
                    + "it in the action, and give each environment its value in the deployment settings file.");

    /** Where the connection lives, not what the action talks to. */
    private static final Set<String> SKIPPED_INPUTS = Set.of("host");
    private static final int MAX_DEPTH = 32;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFlow(FlowContext context, Consumer<Hit> report) {
        // every shape of inputs: an object's members, and a Compose's or trigger's inputs that are one string
        context.flow().nodes().forEach(node -> {
            for (Site site : context.model().sitesOf(node)) {
                if (site.string().member().equals("inputs")) {
                    check(context, node, site, report);
                }
            }
        });
    }

    private static void check(FlowContext context, FlowNode node, Site site, Consumer<Hit> report) {
        FlowString string = site.string();
        String text = string.value();
        // the cheap test first: the path is built only for the few strings that may hold an endpoint
        if (!EnvironmentEndpoints.mayHoldEndpoint(text) || string.depth() > MAX_DEPTH + 2) {
            return;
        }
        List<String> path = string.path();
        if (path.size() > 1 && SKIPPED_INPUTS.contains(path.get(1))) {
            return;
        }
        Set<EnvironmentEndpoints.Endpoint> endpoints = new LinkedHashSet<>();
        for (String literal : literals(site)) {
            endpoints.addAll(EnvironmentEndpoints.in(literal));
        }
        for (EnvironmentEndpoints.Endpoint endpoint : endpoints) {
            report.accept(hit(context, node, string.pointer(), String.join("/", path), endpoint));
        }
    }

    /** The literal text of a string: outside its expressions, and the string literals inside them. */
    private static List<String> literals(Site site) {
        Template template = site.template();
        if (template == null || !template.hasExpressions()) {
            return List.of(site.value());
        }
        List<String> literals = new ArrayList<>();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Text literal) {
                literals.add(literal.value());
            } else if (part instanceof Template.Embedded embedded) {
                stringLiterals(embedded.expression(), literals);
            }
        }
        return literals;
    }

    private static void stringLiterals(Expression expression, List<String> into) {
        if (expression instanceof Expression.StringLiteral literal) {
            into.add(literal.value());
        } else if (expression instanceof Expression.Call call) {
            // the name a read takes is no value: parameters('Site (https://contoso.sharepoint.com/sites/x)') names an
            // environment variable, which is the fix already
            boolean read = ReferenceKind.ofFunction(call.name()).isPresent();
            for (int i = read ? 1 : 0; i < call.arguments().size(); i++) {
                stringLiterals(call.arguments().get(i), into);
            }
        } else if (expression instanceof Expression.Member member) {
            stringLiterals(member.target(), into);
        }
    }

    private static Hit hit(FlowContext context, FlowNode node, String pointer, String where,
            EnvironmentEndpoints.Endpoint endpoint) {
        return context.hit(DESCRIPTOR, node, pointer, Subjects.of(context.flow(), node) + " hardcodes "
                + endpoint.kind().label() + " " + endpoint.shown() + " in " + where + "; use an environment variable")
                .withEvidence(endpoint.kind().name() + "|" + endpoint.shown());
    }
}
