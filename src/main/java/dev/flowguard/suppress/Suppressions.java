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
 * <p>In a reactor the modules may share one suppressions file and one baseline, at the reactor root. A module
 * then applies only what is about it (entries naming its module, or none) and judges only its own entries: an
 * entry that names no module may be another module's, so whether it matched anything is for the whole reactor to
 * say, once every module has been checked ({@link Outcome#usedEntries()}, {@link Outcome#matchedBaseline()}).
 *
 * @param entries the suppressions file's entries, empty when there is none
 * @param entriesSource how messages name the suppressions file
 * @param entriesShared whether other modules read the same suppressions file
 * @param baseline the accepted findings, or null when there is no baseline
 * @param baselineSource how messages name the baseline file
 * @param baselineShared whether other modules read the same baseline
 * @param module the module checked (its artifactId), or null outside a project
 */
public record Suppressions(List<SuppressionEntry> entries, String entriesSource, boolean entriesShared,
        Baseline baseline, String baselineSource, boolean baselineShared, String module) {

    public Suppressions {
        entries = List.copyOf(entries);
        Objects.requireNonNull(entriesSource, "entriesSource");
        Objects.requireNonNull(baselineSource, "baselineSource");
    }

    /** Files of a single project: every entry is its own. */
    public Suppressions(List<SuppressionEntry> entries, String entriesSource, Baseline baseline, String baselineSource) {
        this(entries, entriesSource, false, baseline, baselineSource, false, null);
    }

    /**
     * The findings with accepted ones marked, in the same order, and what the log should say about the suppressions.
     *
     * @param usedEntries the numbers of the file's entries that matched a finding of this module
     * @param matchedBaseline the baseline fingerprints a finding of this module matched
     */
    public record Outcome(List<Finding> findings, List<Notice> notices, Set<Integer> usedEntries,
            Set<String> matchedBaseline) {

        public Outcome {
            findings = List.copyOf(findings);
            notices = List.copyOf(notices);
            usedEntries = Set.copyOf(usedEntries);
            matchedBaseline = Set.copyOf(matchedBaseline);
        }
    }

    public Outcome apply(List<Finding> scanned, LocalDate today) {
        List<Notice> notices = new ArrayList<>();
        List<SuppressionEntry> active = new ArrayList<>();
        for (SuppressionEntry entry : entries) {
            if (!entry.appliesTo(module)) {
                continue;
            }
            if (entry.expiredOn(today)) {
                notices.add(new Notice(true, entriesSource + " " + entry.describe() + " expired on " + entry.until()
                        + " and no longer applies (" + entry.reason() + ")", entriesShared && entry.module() == null));
            } else {
                active.add(entry);
            }
        }
        Set<Integer> usedEntries = new HashSet<>();
        Set<String> matchedFingerprints = new HashSet<>();
        Set<String> baselined = baselineFingerprints();
        List<Finding> findings = new ArrayList<>(scanned.size());
        for (Finding finding : scanned) {
            Finding decided = finding;
            for (SuppressionEntry entry : active) {
                if (entry.matches(finding)) {
                    usedEntries.add(entry.number());
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
            // an entry of a shared file that names no module may be another module's: the reactor judges it
            if (!usedEntries.contains(entry.number()) && (!entriesShared || entry.module() != null)) {
                notices.add(new Notice(false, entriesSource + " " + entry.describe() + " matched no finding"));
            }
        }
        if (baseline != null) {
            baselineNotices(notices, matchedFingerprints);
        }
        return new Outcome(findings, notices, usedEntries, matchedFingerprints);
    }

    private void baselineNotices(List<Notice> notices, Set<String> matched) {
        List<BaselineEntry> own = baseline.entries().stream().filter(this::owns).toList();
        long matchedUnclaimed = baseline.entries().stream()
                .filter(e -> !owns(e) && e.module() == null && matched.contains(e.fingerprint())).count();
        long present = own.stream().filter(e -> matched.contains(e.fingerprint())).count() + matchedUnclaimed;
        notices.add(new Notice(false, baselineSource + ": " + present + " of " + (own.size() + matchedUnclaimed)
                + " accepted findings" + (baselineShared && module != null ? " of " + module : "")
                + " still present; only findings not in it count"));
        List<BaselineEntry> stale = own.stream().filter(e -> !matched.contains(e.fingerprint())).toList();
        if (!stale.isEmpty()) {
            notices.add(new Notice(true, stale.size() + " " + (stale.size() == 1 ? "entry" : "entries") + " of "
                    + baselineSource + (stale.size() == 1 ? " no longer matches" : " no longer match") + " a finding (fixed, or changed); "
                    + "run mvn flowguard:baseline to drop them:"));
            for (BaselineEntry entry : stale) {
                notices.add(new Notice(true, "  " + entry.describe()));
            }
        }
    }

    /** The baseline entries this module judges: all of a baseline it alone reads, else those naming it. */
    private boolean owns(BaselineEntry entry) {
        return !baselineShared || (module != null && module.equals(entry.module()));
    }

    private Set<String> baselineFingerprints() {
        Set<String> fingerprints = new HashSet<>();
        if (baseline != null) {
            baseline.entries().stream().filter(e -> !baselineShared || e.belongsTo(module))
                    .forEach(e -> fingerprints.add(e.fingerprint()));
        }
        return fingerprints;
    }
}
