package dev.flowguard.rules;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.solution.Solution;

/** What a rule sees when it checks one flow. */
public record FlowContext(Flow flow, Solution solution, Redactor redactor) {

    /** A hit on a value inside {@code node}; {@code evidence} is the offending value, hashed into the fingerprint. */
    public Hit hit(RuleDescriptor rule, FlowNode node, String jsonPointer, String message, String evidence) {
        return new Hit(rule, flow.file(), jsonPointer, node, message, evidence);
    }
}
