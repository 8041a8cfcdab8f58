package dev.flowguard.scan;

import dev.flowguard.finding.Finding;
import java.util.List;

/**
 * What checking one flow file gave, kept until it is merged in file order: the findings, whether a cloud
 * flow was checked, and a debug note for the listener, which is only ever called from the scanning thread.
 */
record FlowOutcome(boolean checked, List<Finding> findings, String note, Throwable noteCause) {

    static FlowOutcome checked(List<Finding> findings) {
        return new FlowOutcome(true, findings, null, null);
    }

    static FlowOutcome unreadable(Finding finding, String note, Throwable noteCause) {
        return new FlowOutcome(false, List.of(finding), note, noteCause);
    }

    static FlowOutcome skipped(String note) {
        return new FlowOutcome(false, List.of(), note, null);
    }

    /** @return 1 when a cloud flow was checked, 0 otherwise */
    int mergeInto(List<Finding> into, ScanListener listener) {
        if (note != null) {
            listener.debug(note, noteCause);
        }
        into.addAll(findings);
        return checked ? 1 : 0;
    }
}
