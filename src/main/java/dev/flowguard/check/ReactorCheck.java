package dev.flowguard.check;

import dev.flowguard.about.About;
import dev.flowguard.report.ReactorSummary;
import dev.flowguard.report.ReactorVerdict;
import dev.flowguard.report.ReportFormat;
import dev.flowguard.report.ReportWriter;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.report.Verdict;
import dev.flowguard.suppress.Baseline;
import dev.flowguard.suppress.BaselineEntry;
import dev.flowguard.suppress.SuppressionEntry;
import dev.flowguard.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One reactor build's modules, as they are checked (in any order, on any thread): after each module it rewrites the
 * reports at the reactor root, so they hold every module checked so far (and, after the last, all of them, even
 * when the build stopped at a failing module); once every module it expects is in, it says what only the whole
 * reactor can: the totals, and which entries of a shared suppressions file or baseline matched nothing anywhere.
 */
public final class ReactorCheck {

    private final String root;
    private final Path outputDirectory;
    private final Set<ReportFormat> formats;
    private final Set<String> expected;
    private final List<String> order;
    private final boolean judgeShared;
    private final boolean failIfNoFlows;
    private final RuleRegistry registry;
    private final Map<String, CheckResult> results = new LinkedHashMap<>();
    private final Map<String, BaselineResult> baselines = new LinkedHashMap<>();
    private final Set<String> said = new HashSet<>();
    private boolean finished;

    /**
     * What the whole reactor came to, once every module was in.
     *
     * @param failed true when the reactor as a whole fails: no module checked any cloud flow
     * @param message the line the build fails with, or the outcome line
     */
    public record Outcome(ReactorVerdict verdict, boolean failed, String message) {
    }

    private ReactorCheck(String root, Path outputDirectory, Set<ReportFormat> formats, List<String> expected,
            boolean judgeShared, boolean failIfNoFlows, RuleRegistry registry) {
        this.registry = registry;
        this.root = root;
        this.outputDirectory = outputDirectory;
        this.formats = formats;
        this.expected = Set.copyOf(expected);
        this.order = List.copyOf(new LinkedHashSet<>(expected));
        this.judgeShared = judgeShared;
        this.failIfNoFlows = failIfNoFlows;
    }

    /**
     * @param root the reactor root's project, as the log names it
     * @param outputDirectory where the reactor's reports go (the root project's {@code target/flowguard}), or null
     *     for none
     * @param formats the root project's {@code formats}
     * @param expected the modules that will be checked in this build, in build order (the reports' order, whatever
     *     order a parallel build finishes them in); the last of them finishes the reactor
     * @param judgeShared whether every module of the reactor is in this build, so that an entry of a shared file no
     *     module matched really matches nothing
     * @param failIfNoFlows whether a reactor whose modules checked no cloud flow at all fails
     * @param registry the rules the modules run, which the reactor's reports describe
     * @throws CheckException for formats that are not formats
     */
    public static ReactorCheck of(String root, Path outputDirectory, String formats, List<String> expected,
            boolean judgeShared, boolean failIfNoFlows, RuleRegistry registry) throws CheckException {
        try {
            return new ReactorCheck(root, outputDirectory, ReportFormat.parseList(formats), expected, judgeShared,
                    failIfNoFlows, registry);
        } catch (IllegalArgumentException e) {
            throw CheckException.misconfigured(e.getMessage());
        }
    }

    /** True the first time a reactor-wide notice is about to be logged, so it is logged once. */
    public synchronized boolean firstTime(String notice) {
        return said.add(notice);
    }

    /** The reactor's report files, in the order of its {@code formats}. */
    public List<Path> reportFiles() {
        List<Path> files = new ArrayList<>();
        if (outputDirectory != null) {
            formats.forEach(format -> format.writer(registry).ifPresent(w -> files.add(outputDirectory.resolve(w.fileName()))));
        }
        return files;
    }

    /**
     * Adds a module's check, rewrites the reactor's reports, and when it was the last module expected, finishes.
     *
     * @throws CheckException when a report cannot be written
     */
    public synchronized Optional<Outcome> add(String module, CheckResult result, CheckLog log) throws CheckException {
        results.put(module, result);
        ReactorVerdict verdict = verdict();
        writeReports(verdict, log, false);
        if (finished || !results.keySet().containsAll(expected)) {
            return Optional.empty();
        }
        finished = true;
        writeReports(verdict, log, true);
        log.info(ReactorSummary.totals(verdict));
        if (judgeShared) {
            judgeSharedFiles(log);
        }
        if (failIfNoFlows && verdict.flows() == 0) {
            String message = About.NAME + " reactor" + (root == null ? "" : " [" + root + "]") + " checked no cloud flow in any of its "
                    + results.size() + " modules: name the solutions with <solutions>, or set failIfNoFlows=false";
            log.error(message);
            return Optional.of(new Outcome(verdict, true, message));
        }
        String outcome = ReactorSummary.outcome(verdict);
        if (verdict.failed()) {
            log.error(outcome);
        } else {
            log.info(outcome);
        }
        return Optional.of(new Outcome(verdict, verdict.failed(), outcome));
    }

    /** Adds a module's baseline; after the last module, drops shared entries that name no module and no module wrote. */
    public synchronized Optional<String> addBaseline(String module, BaselineResult result, CheckLog log)
            throws CheckException {
        baselines.put(module, result);
        if (finished || !baselines.keySet().containsAll(expected)) {
            return Optional.empty();
        }
        finished = true;
        Map<Path, Set<String>> written = new LinkedHashMap<>();
        Map<Path, String> names = new LinkedHashMap<>();
        int entries = 0;
        for (BaselineResult each : baselines.values()) {
            entries += each.entries();
            if (each.file() != null) {
                written.computeIfAbsent(each.file(), f -> new HashSet<>()).addAll(each.fingerprints());
                names.put(each.file(), each.name());
            }
        }
        if (judgeShared) {
            for (Map.Entry<Path, Set<String>> file : written.entrySet()) {
                if (!Files.isRegularFile(file.getKey())) {
                    continue;
                }
                synchronized (ReportFiles.lock(file.getKey())) {
                    try {
                        Baseline current = Baseline.read(file.getKey(), names.get(file.getKey()));
                        Baseline kept = current.withoutUnclaimed(file.getValue());
                        if (kept.entries().size() != current.entries().size()) {
                            ReportFiles.write(file.getKey(), out -> kept.write(out, About.version()));
                        }
                    } catch (IOException e) {
                        throw new CheckException(CheckException.Kind.IO, "cannot write the baseline " + file.getKey()
                                + ": " + ReportFiles.reason(e, file.getKey()), e);
                    } catch (IllegalArgumentException e) {
                        throw CheckException.misconfigured(e.getMessage());
                    }
                }
            }
        }
        String line = About.NAME + " reactor" + (root == null ? "" : " [" + root + "]") + " baseline: "
                + entries + " finding" + (entries == 1 ? "" : "s") + " of " + baselines.size() + " module"
                + (baselines.size() == 1 ? "" : "s") + " accepted in " + String.join(", ", new LinkedHashSet<>(names.values()));
        log.info(line);
        return Optional.of(line);
    }

    /** Every module's verdict so far. */
    public synchronized ReactorVerdict verdict() {
        List<Verdict> checked = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Instant last = Instant.EPOCH;
        Map<String, CheckResult> ordered = new LinkedHashMap<>();
        order.stream().filter(results::containsKey).forEach(name -> ordered.put(name, results.get(name)));
        ordered.putAll(results);
        for (Map.Entry<String, CheckResult> module : ordered.entrySet()) {
            Optional<Verdict> verdict = module.getValue().checked();
            if (verdict.isPresent()) {
                checked.add(verdict.get());
                last = verdict.get().checkedAt().isAfter(last) ? verdict.get().checkedAt() : last;
            } else {
                unchecked.add(module.getKey());
            }
        }
        return new ReactorVerdict(root, checked, unchecked, last.equals(Instant.EPOCH) ? Instant.now() : last);
    }

    private void writeReports(ReactorVerdict verdict, CheckLog log, boolean last) throws CheckException {
        if (outputDirectory == null) {
            return;
        }
        Path directory = outputDirectory.toAbsolutePath().normalize();
        try {
            for (ReportFormat format : formats) {
                Optional<ReportWriter> writer = format.writer(registry);
                if (writer.isEmpty()) {
                    continue;
                }
                Path target = directory.resolve(writer.get().fileName());
                synchronized (ReportFiles.lock(target)) {
                    ReportFiles.write(target, out -> writer.get().writeReactor(verdict, out));
                }
                if (last) {
                    log.info(About.NAME + " reactor report: " + target);
                }
            }
        } catch (IOException e) {
            throw new CheckException(CheckException.Kind.IO, "cannot write the reactor's reports to " + directory + ": "
                    + ReportFiles.reason(e, directory), e);
        }
    }

    /** Entries of a shared file that name no module: each module applied them; the reactor says if none matched. */
    private void judgeSharedFiles(CheckLog log) {
        Map<String, Suppressions> files = new LinkedHashMap<>();
        Map<String, Set<Integer>> used = new LinkedHashMap<>();
        Map<String, Set<String>> matched = new LinkedHashMap<>();
        for (CheckResult result : results.values()) {
            Suppressions suppressions = result.suppressions();
            if (suppressions == null || result.outcome() == null) {
                continue;
            }
            if (suppressions.entriesShared()) {
                files.putIfAbsent("file:" + suppressions.entriesSource(), suppressions);
                used.computeIfAbsent(suppressions.entriesSource(), k -> new HashSet<>()).addAll(result.outcome().usedEntries());
            }
            if (suppressions.baselineShared() && suppressions.baseline() != null) {
                files.putIfAbsent("baseline:" + suppressions.baselineSource(), suppressions);
                matched.computeIfAbsent(suppressions.baselineSource(), k -> new HashSet<>())
                        .addAll(result.outcome().matchedBaseline());
            }
        }
        for (Map.Entry<String, Suppressions> file : files.entrySet()) {
            Suppressions suppressions = file.getValue();
            if (file.getKey().startsWith("file:")) {
                Set<Integer> anyModule = used.get(suppressions.entriesSource());
                for (SuppressionEntry entry : suppressions.entries()) {
                    if (entry.module() == null && !anyModule.contains(entry.number()) && !entry.expiredOn(
                            java.time.LocalDate.now())) {
                        log.info(About.NAME + ": " + suppressions.entriesSource() + " " + entry.describe()
                                + " matched no finding in any module");
                    }
                }
            } else {
                Set<String> anyModule = matched.get(suppressions.baselineSource());
                List<BaselineEntry> stale = suppressions.baseline().entries().stream()
                        .filter(e -> e.module() == null && !anyModule.contains(e.fingerprint())).toList();
                if (!stale.isEmpty()) {
                    log.warn(About.NAME + ": " + stale.size() + " " + (stale.size() == 1 ? "entry" : "entries") + " of "
                            + suppressions.baselineSource() + " that name no module match no finding in any module; "
                            + "run mvn flowguard:baseline from the reactor root to drop them:");
                    stale.forEach(e -> log.warn("  " + e.describe()));
                }
            }
        }
    }
}
