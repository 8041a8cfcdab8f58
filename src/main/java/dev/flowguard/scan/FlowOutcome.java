package dev.flowguard.scan;

import dev.flowguard.finding.Finding;
import dev.flowguard.model.ChildFlowFacts;
import dev.flowguard.model.FlowModel;
import java.util.List;

/**
 * What checking one flow file gave, kept until it is merged in file order: the findings, whether a cloud
 * flow was checked, and a debug note for the listener, which is only ever called from the scanning thread.
 *
 * @param retained the flow's model and bytes, kept for a second look when another flow shares a secret with it; null
 *     when not kept
 */
record FlowOutcome(int flows, int workflows, List<Finding> findings, String note, Throwable noteCause,
        ChildFlowFacts facts, Retained retained) {

    /** A checked flow's model and file, kept so that a second look computes only its origins again. */
    record Retained(FlowModel model, byte[] bytes) {
    }

    /**
     * @param workflow whether the flow is a Logic Apps workflow rather than a cloud flow
     * @param facts what the flow shares with its parent and child flows
     */
    static FlowOutcome checked(boolean workflow, List<Finding> findings, ChildFlowFacts facts, Retained retained) {
        return new FlowOutcome(1, workflow ? 1 : 0, findings, null, null, facts, retained);
    }

    /** @param workflows how many Logic Apps workflows the file held: an ARM template may hold several */
    static FlowOutcome workflows(int workflows, List<Finding> findings) {
        return new FlowOutcome(workflows, workflows, findings, null, null, ChildFlowFacts.NONE, null);
    }

    /** Findings about a file that holds no flow. */
    static FlowOutcome deploymentOnly(List<Finding> findings) {
        return new FlowOutcome(0, 0, findings, null, null, ChildFlowFacts.NONE, null);
    }

    static FlowOutcome unreadable(Finding finding, String note, Throwable noteCause) {
        return new FlowOutcome(0, 0, List.of(finding), note, noteCause, ChildFlowFacts.NONE, null);
    }

    static FlowOutcome skipped(String note) {
        return new FlowOutcome(0, 0, List.of(), note, null, ChildFlowFacts.NONE, null);
    }

    void mergeInto(List<Finding> into, ScanListener listener) {
        if (note != null) {
            listener.debug(note, noteCause);
        }
        into.addAll(findings);
    }
}
