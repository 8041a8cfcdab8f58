package dev.flowguard.flow.expr;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.flow.TemplateExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the strings of a trigger or action that hold expressions the runtime evaluates. */
public final class JsonExpressions {

    private JsonExpressions() {
    }

    /** What a node holds besides expressions: its designer note, metadata, ordering and nested actions. */
    private static final Set<String> NOT_EVALUATED = Set.of("description", "metadata", "runAfter", "actions", "else",
            "default", "type", "kind");

    /**
     * The strings the runtime evaluates in a trigger or action: everything but its description, metadata,
     * runAfter and nested actions (those are nodes of their own), and of a Switch's cases only their
     * {@code case} values.
     *
     * @param strings the strings of the node's flow: they are walked once for every rule, not again here
     */
    public static List<ExpressionSite> scan(FlowNode node, FlowStrings strings) {
        List<ExpressionSite> sites = new ArrayList<>();
        for (FlowString string : strings.of(node)) {
            if (isEvaluated(string)) {
                Template template = ExpressionParser.parseTemplate(string.value());
                if (template.hasExpressions()) {
                    sites.add(new ExpressionSite(string, template));
                }
            }
        }
        return sites;
    }

    /** The strings {@link #scan(FlowNode, FlowStrings)} parses, for who only asks whether they parse. */
    public static List<FlowString> candidates(FlowNode node, FlowStrings strings) {
        List<FlowString> candidates = new ArrayList<>();
        for (FlowString string : strings.of(node)) {
            if (isEvaluated(string)) {
                candidates.add(string);
            }
        }
        return candidates;
    }

    /** Whether the runtime evaluates {@code string} as a template holding expressions. */
    public static boolean isEvaluated(FlowString string) {
        if (!mayHoldExpression(string.value())) {
            return false;
        }
        String member = string.member();
        // nearly every expression is in inputs: that is told without hashing each name the parser made
        return member.equals("inputs") || !NOT_EVALUATED.contains(member) && (!member.equals("cases") || isCaseValue(string));
    }

    /** {@code cases/<name>/case}, or what it holds; a Switch's cases also hold actions, which are nodes of their own. */
    private static boolean isCaseValue(FlowString string) {
        if (string.isMemberValue()) {
            return true;
        }
        List<String> path = string.path();
        return path.size() >= 3 && path.get(2).equals("case");
    }

    /** Quick test the runtime also makes: only strings with an {@code @} can hold expressions. */
    public static boolean mayHoldExpression(String text) {
        return text.indexOf('@') >= 0 && !TemplateExpressions.isArmExpression(text);
    }
}
