package dev.flowguard.model;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.JsonExpressions;
import dev.flowguard.knowledge.CredentialSlots;
import dev.flowguard.knowledge.RunHistory;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one model of a flow's values, computed once and asked by every rule: every string as a {@link Site} (its slot,
 * its expression parsed once, its folded value and literal kind) and, through the one data flow, what reaches each
 * site ({@link Origins}). Rules are queries over it. Costly parts are worked out on first use and kept; one thread
 * checks a flow, so nothing here is locked.
 *
 * <p>What other flows of the solution share with this one ({@link CrossFlow}) changes only the origins: a model
 * {@link #knowing} it keeps the sites and computes the origins again.
 */
public final class FlowModel {

    private final Flow flow;
    private final Solution solution;
    private final FlowStrings strings;
    private final List<Site> sites;
    private final Map<FlowNode, List<Site>> byNode;
    private final Map<FlowNode, List<Site>> expressionsByNode;
    private final CrossFlow crossFlow;
    private OriginAnalysis origins;
    private List<Receiver> receivers;
    private List<ShippedValue> shipped;

    private FlowModel(Flow flow, Solution solution, FlowStrings strings, List<Site> sites, Map<FlowNode, List<Site>> byNode,
            Map<FlowNode, List<Site>> expressionsByNode, CrossFlow crossFlow) {
        this.flow = flow;
        this.solution = solution;
        this.strings = strings;
        this.sites = sites;
        this.byNode = byNode;
        this.expressionsByNode = expressionsByNode;
        this.crossFlow = crossFlow;
    }

    /** One walk of the flow: every string with its slot. */
    public static FlowModel of(Flow flow, Solution solution) {
        FlowStrings strings = FlowStrings.of(flow);
        List<Site> sites = new ArrayList<>(strings.size());
        for (FlowString string : strings) {
            boolean evaluated = string.node() != null && JsonExpressions.isEvaluated(string);
            sites.add(new Site(string, CredentialSlots.of(flow, string), evaluated));
        }
        List<Site> all = Collections.unmodifiableList(sites);
        // a node's strings are next to each other: each node's list is a view of the one list
        Map<FlowNode, List<Site>> byNode = new IdentityHashMap<>();
        int start = 0;
        for (int i = 1; i <= all.size(); i++) {
            FlowNode node = all.get(start).node();
            if (i == all.size() || all.get(i).node() != node) {
                if (node != null) {
                    byNode.put(node, all.subList(start, i));
                }
                start = i;
            }
        }
        return new FlowModel(flow, solution, strings, all, byNode, new IdentityHashMap<>(), CrossFlow.NONE);
    }

    /** This flow's model, knowing what the solution's other flows send it and hand back to it: new origins only. */
    public FlowModel knowing(CrossFlow shared) {
        return new FlowModel(flow, solution, strings, sites, byNode, expressionsByNode, shared);
    }

    public Flow flow() {
        return flow;
    }

    public Solution solution() {
        return solution;
    }

    public CrossFlow crossFlow() {
        return crossFlow;
    }

    /** Every string of the flow: triggers' and actions' first, in {@link Flow#nodes()} order, then the rest. */
    public List<Site> sites() {
        return sites;
    }

    /** The strings of one trigger or action, in file order. */
    public List<Site> sitesOf(FlowNode node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** The strings of one trigger or action that the runtime evaluates as expressions. */
    public List<Site> expressionSitesOf(FlowNode node) {
        return expressionsByNode.computeIfAbsent(node, k -> sitesOf(node).stream().filter(Site::isExpression).toList());
    }

    /** The string of {@code node} at {@code relativePointer} ({@code /inputs/content}), or null. */
    public Site site(FlowNode node, String relativePointer) {
        String pointer = node.jsonPointer() + relativePointer;
        for (Site site : sitesOf(node)) {
            if (site.pointer().equals(pointer)) {
                return site;
            }
        }
        return null;
    }

    /** What the flow ships beside its actions (see {@link ShippedValues#of(Flow, Solution)}), found once. */
    public List<ShippedValue> shippedValues() {
        if (shipped == null) {
            shipped = List.copyOf(ShippedValues.of(flow, solution));
        }
        return shipped;
    }

    // ---- origins --------------------------------------------------------------------------------------------------

    private OriginAnalysis analysis() {
        if (origins == null) {
            origins = new OriginAnalysis(this, crossFlow);
        }
        return origins;
    }

    /** Where the value of {@code site} may come from. */
    public Origins originsOf(Site site) {
        return analysis().of(site);
    }

    /** Where one expression inside {@code site} gets its value from (a query value written into a URI). */
    public Origins originsOf(Site site, Expression expression) {
        return analysis().of(site, expression);
    }

    /** Every place a secret enters the flow. */
    public List<SecretSource> secretSources() {
        return analysis().sources();
    }

    /**
     * The triggers and actions whose evaluated inputs carry a secret, in flow order, without the strings run history
     * never shows (an HTTP action's Authorization header).
     */
    public List<Receiver> receivers() {
        if (receivers == null) {
            receivers = analysis().hasSecrets() ? findReceivers() : List.of();
        }
        return receivers;
    }

    private List<Receiver> findReceivers() {
        List<Receiver> found = new ArrayList<>();
        for (FlowNode node : (Iterable<FlowNode>) flow.nodes()::iterator) {
            List<Receiver.SecretSite> carrying = new ArrayList<>();
            for (Site site : expressionSitesOf(node)) {
                Origins secrets = originsOf(site).secrets();
                String relative = site.pointer().substring(node.jsonPointer().length());
                if (!secrets.isEmpty() && !RunHistory.alwaysHidden(node, relative)) {
                    carrying.add(new Receiver.SecretSite(site, relative, secrets));
                }
            }
            if (!carrying.isEmpty()) {
                boolean hidden = carrying.stream().flatMap(s -> s.origins().all().stream())
                        .allMatch(Origin::viaHiddenOutputs);
                found.add(new Receiver(node, carrying, hidden));
            }
        }
        return List.copyOf(found);
    }

    /** An expression the parser could not read, where it is and why. */
    public record Unparsed(FlowNode node, Site site, String problem) {
    }

    /** The expressions of triggers and actions the parser could not read, in node order. */
    public List<Unparsed> unparsed() {
        List<Unparsed> found = new ArrayList<>(0);
        for (FlowNode node : (Iterable<FlowNode>) flow.nodes()::iterator) {
            for (Site site : expressionSitesOf(node)) {
                String problem = site.problem();
                if (problem != null) {
                    found.add(new Unparsed(node, site, problem));
                }
            }
        }
        return found;
    }

    /** What this flow tells the solution's other flows: the children it runs, what it sends them and returns. */
    public ChildFlowFacts childFlowFacts() {
        return ChildFlows.of(this);
    }
}
