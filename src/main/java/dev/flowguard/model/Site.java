package dev.flowguard.model;

import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.expr.ExpressionParser;
import dev.flowguard.flow.expr.Reference;
import dev.flowguard.flow.expr.Template;
import dev.flowguard.knowledge.LiteralKind;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.Slot;
import java.util.List;

/**
 * One string of a flow and what it means: where it is, the slot it fills, its expression parsed once, the value it
 * folds to when it is a constant, and its literal kind. What is costly is worked out on first use and kept: most
 * strings of most flows are never asked for more than their slot. A site belongs to one flow's model, which one
 * thread checks.
 */
public final class Site {

    private final FlowString string;
    private final Slot slot;
    private final boolean evaluated;
    private Template template;
    private String folded;
    private LiteralKind kind;
    private List<Reference> references;
    private String pointer;

    Site(FlowString string, Slot slot, boolean evaluated) {
        this.string = string;
        this.slot = slot;
        this.evaluated = evaluated;
    }

    public FlowString string() {
        return string;
    }

    /** The trigger or action the string belongs to, or null outside them (definition parameters). */
    public FlowNode node() {
        return string.node();
    }

    public String value() {
        return string.value();
    }

    public Slot slot() {
        return slot;
    }

    /** Where the string is in the flow file; built on first use, since most strings are never reported. */
    public String pointer() {
        if (pointer == null) {
            pointer = string.pointer();
        }
        return pointer;
    }

    /** Whether the runtime evaluates the string as a template that holds an expression: it has an {@code @}. */
    public boolean isExpression() {
        return evaluated;
    }

    /** The string parsed, or null when the runtime does not evaluate it as an expression. */
    public Template template() {
        if (template == null && evaluated) {
            template = ExpressionParser.parseTemplate(string.value());
        }
        return template;
    }

    /** Why the expression cannot be parsed, or null when it can (or holds none); builds nothing when not yet parsed. */
    public String problem() {
        if (!evaluated) {
            return null;
        }
        return template != null ? template.problem() : ExpressionParser.problem(string.value());
    }

    /** What the string yields at run time when that is known now: a literal, or an expression of literals only. */
    public String folded() {
        if (folded == null) {
            folded = evaluated ? Literals.valueOf(string.value(), template()) : string.value();
        }
        return folded;
    }

    /** What the folded value looks like on its own. */
    public LiteralKind kind() {
        if (kind == null) {
            // valueOf hands the very string back when the expression reads the run: nothing was folded
            boolean readsTheRun = evaluated && template().hasExpressions() && folded() == string.value();
            kind = readsTheRun ? LiteralKind.EXPRESSION : Literals.classify(folded());
        }
        return kind;
    }

    /** Whether the string holds an expression that reads something the run provides (not only literals). */
    public boolean readsTheRun() {
        return kind() == LiteralKind.EXPRESSION;
    }

    /** What the string's expressions read, with their member paths ({@code body('X')?['data']['token']}). */
    public List<Reference> references() {
        if (references == null) {
            Template parsed = template();
            references = parsed == null || !parsed.parsed() ? List.of() : Reference.in(parsed);
        }
        return references;
    }

    @Override
    public String toString() {
        return string.pointer() + " " + slot.kind();
    }
}
