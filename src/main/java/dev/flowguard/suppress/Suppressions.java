package dev.flowguard.suppress;

import dev.flowguard.finding.Finding;
import dev.flowguard.finding.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one place where a scan's findings are accepted after the scan: by the suppressions file, then by
 * the baseline. (Inline suppressions are applied while the flow is in memory; a finding suppressed there
 * keeps that reason.) Accepted findings stay in the result, marked, so every report shows them.
 *
 * @param entries the suppressions file's entries, empty when there is none
 * @param entriesSource how messages name the suppressions file
 * @param baseline the accepted findings, or null when there is no baseline
 * @param baselineSource how messages name the baseline file
 */
public record Suppressions(List<SuppressionEntry> entries, String entriesSource, Baseline baseline, String baselineSource) {

    public Suppressions {
        entries = List.copyOf(entries);
        Objects.requireNonNull(entriesSource, "entriesSource");
        Objects.requireNonNull(baselineSource, "baselineSource");
    }

    /** The findings with accepted ones marked, in the same order, and what the log should say about the suppressions. */
    public record Outcome(List<Finding> findings, List<Notice> notices) {

        public Outcome {
            findings = List.copyOf(findings);
            notices = List.copyOf(notices);
        }
    }

    public Outcome apply(List<Finding> scanned, LocalDate today) {
        List<Notice> notices = new ArrayList<>();
        List<SuppressionEntry> active = new ArrayList<>();
        for (SuppressionEntry entry : entries) {
            if (entry.expiredOn(today)) {
                notices.add(new Notice(true, entriesSource + " " + entry.describe() + " expired on " + entry.until()
                        + " and no longer applies (" + entry.reason() + ")"));
            } else {
                active.add(entry);
            }
        }
        Set<SuppressionEntry> usedEntries = new HashSet<>();
        Set<String> matchedFingerprints = new HashSet<>();
        Set<String> baselined = baselineFingerprints();
        List<Finding> findings = new ArrayList<>(scanned.size());
        for (Finding finding : scanned) {
            Finding decided = finding;
            for (SuppressionEntry entry : active) {
                if (entry.matches(finding)) {
                    usedEntries.add(entry);
                    if (!decided.suppressed()) {
                        decided = decided.suppressedBecause(Suppression.file(entriesSource + " " + entry.describe(),
                                entry.reason() + (entry.until() == null ? "" : " (until " + entry.until() + ")")));
                    }
                }
            }
            if (baselined.contains(finding.fingerprint())) {
                matchedFingerprints.add(finding.fingerprint());
                if (!decided.suppressed()) {
                    decided = decided.suppressedBecause(Suppression.baseline(baselineSource));
                }
            }
            findings.add(decided);
        }
        for (SuppressionEntry entry : active) {
            if (!usedEntries.contains(entry)) {
                notices.add(new Notice(false, entriesSource + " " + entry.describe() + " matched no finding"));
            }
        }
        if (baseline != null) {
            notices.add(new Notice(false, baselineSource + ": " + matchedFingerprints.size() + " of "
                    + baseline.entries().size() + " accepted findings still present; only findings not in it count"));
            List<BaselineEntry> stale = baseline.entries().stream()
                    .filter(e -> !matchedFingerprints.contains(e.fingerprint())).toList();
            if (!stale.isEmpty()) {
                notices.add(new Notice(true, stale.size() + " " + (stale.size() == 1 ? "entry" : "entries") + " of "
                        + baselineSource + (stale.size() == 1 ? " no longer matches" : " no longer match") + " a finding (fixed, or changed); "
                        + "run mvn flowguard:baseline to drop them:"));
                for (BaselineEntry entry : stale) {
                    notices.add(new Notice(true, "  " + entry.describe()));
                }
            }
        }
        return new Outcome(findings, notices);
    }

    private Set<String> baselineFingerprints() {
        Set<String> fingerprints = new HashSet<>();
        if (baseline != null) {
            baseline.entries().forEach(e -> fingerprints.add(e.fingerprint()));
        }
        return fingerprints;
    }
}
