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
record FlowOutcome(int flows, List<Finding> findings, String note, Throwable noteCause, ChildFlowFacts facts,
        Retained retained) {

    /** A checked flow's model and file, kept so that a second look computes only its origins again. */
    record Retained(FlowModel model, byte[] bytes) {
    }

    /** @param facts what the flow shares with its parent and child flows */
    static FlowOutcome checked(List<Finding> findings, ChildFlowFacts facts, Retained retained) {
        return new FlowOutcome(1, findings, null, null, facts, retained);
    }

    /** @param flows how many flows the file held: an ARM template may hold several logic apps */
    static FlowOutcome checked(int flows, List<Finding> findings) {
        return new FlowOutcome(flows, findings, null, null, ChildFlowFacts.NONE, null);
    }

    static FlowOutcome unreadable(Finding finding, String note, Throwable noteCause) {
        return new FlowOutcome(0, List.of(finding), note, noteCause, ChildFlowFacts.NONE, null);
    }

    static FlowOutcome skipped(String note) {
        return new FlowOutcome(0, List.of(), note, null, ChildFlowFacts.NONE, null);
    }

    /** @return how many flows were checked: 0 when none, more than 1 for a template holding several */
    int mergeInto(List<Finding> into, ScanListener listener) {
        if (note != null) {
            listener.debug(note, noteCause);
        }
        into.addAll(findings);
        return flows;
    }
}
