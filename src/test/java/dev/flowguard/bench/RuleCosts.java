package dev.flowguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.flow.NotAFlowException;
import dev.flowguard.model.FlowModel;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.Rule;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.UnreadableException;
import dev.flowguard.testing.RuleHarness;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What each rule costs, in units of what Jackson's parse of the same flows costs: the profile of
 * docs/performance.md without a profiler's sampling error. Parses the corpus's distinct cloud flows once, then
 * times, on this thread's CPU clock, the parse, the model, the shared strings view, each rule alone (with a
 * fresh context per flow, so a rule pays for the views it needs, as the first rule to ask does in a scan)
 * and all rules together. Not a test. Run it as {@code bench/run.sh} runs ScanBenchmark, with this class's name;
 * options {@code --rounds R} (7), {@code --repeat P} (5 passes over the corpus per part and round),
 * {@code --corpus DIR}.
 */
public final class RuleCosts {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RuleCosts() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        // each part goes over the corpus this many times a round: one pass is too short to time steadily
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "5"));
        Path corpus = Path.of(options.getOrDefault("corpus", "../shared/corpus"));
        JsonReader json = new JsonReader(ReadLimits.DEFAULTS);
        List<byte[]> sources = BenchmarkSolution.corpusFlows(corpus);
        List<Rule> rules = List.copyOf(RuleRegistry.builtIn().rules());
        // every part parses and models each flow and then does its work on it, as a scan does: the tree is
        // still in the processor's caches. A part's cost is its time minus the time of "model".
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("parse", () -> sources.forEach(bytes -> sink(parse(json, bytes))));
        parts.put("model", () -> sources.forEach(bytes -> sink(model(parse(json, bytes)))));
        parts.put("strings", () -> sources.forEach(bytes -> sink(FlowStrings.of(model(parse(json, bytes))))));
        parts.put("sites", () -> sources.forEach(bytes -> sink(FlowModel.of(model(parse(json, bytes)),
                RuleHarness.emptySolution()))));
        for (Rule rule : rules) {
            parts.put(rule.descriptor().id(), () -> sources.forEach(
                    bytes -> rule.checkFlow(context(model(parse(json, bytes))), RuleCosts::sink)));
        }
        parts.put("all rules", () -> sources.forEach(bytes -> {
            FlowContext context = context(model(parse(json, bytes)));
            rules.forEach(rule -> rule.checkFlow(context, RuleCosts::sink));
        }));

        Map<String, long[]> times = new LinkedHashMap<>();
        parts.keySet().forEach(name -> times.put(name, new long[rounds]));
        for (int round = -2; round < rounds; round++) {
            for (Map.Entry<String, Runnable> part : parts.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < repeat; i++) {
                    part.getValue().run();
                }
                long used = THREADS.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    times.get(part.getKey())[round] = used;
                }
            }
        }
        // the least of the rounds: on a shared machine noise only ever adds time, so the least is the steadiest
        double parse = least(times.get("parse"));
        double model = least(times.get("model"));
        System.out.printf(Locale.ROOT, "%d distinct corpus flows, %d rounds of %d passes; CPU time of this thread, least of the rounds%n",
                sources.size(), rounds, repeat);
        System.out.printf(Locale.ROOT, "%-10s %9s %9s %12s%n", "part", "ms", "x parse", "own x parse");
        times.forEach((name, used) -> {
            double own = name.equals("parse") ? least(used) : name.equals("model") ? least(used) - parse : least(used) - model;
            System.out.printf(Locale.ROOT, "%-10s %9.1f %9.2f %12.2f%n", name, least(used) / 1e6, least(used) / parse, own / parse);
        });
        System.out.println("own: minus the parse (for model) or minus parse and model (the others); a rule alone pays for the"
                + " views it asks for (strings, exposure, credential uses), shared in a scan");
    }

    private static JsonNode parse(JsonReader json, byte[] bytes) {
        try {
            return json.parse(bytes);
        } catch (UnreadableException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Flow model(JsonNode root) {
        try {
            return FlowParser.parse("S", "Workflows/F.json", null, "F", root);
        } catch (NotAFlowException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FlowContext context(Flow flow) {
        return new FlowContext(FlowModel.of(flow, RuleHarness.emptySolution()));
    }

    private static double least(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static volatile Object sunk;

    private static void sink(Object value) {
        sunk = value;
    }
}
