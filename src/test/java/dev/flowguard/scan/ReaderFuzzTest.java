package dev.flowguard.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.flowguard.flow.FlowParser;
import dev.flowguard.flow.NotAFlowException;
import dev.flowguard.finding.Finding;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.solution.JsonReader;
import dev.flowguard.solution.ReadLimits;
import dev.flowguard.solution.UnreadableException;
import dev.flowguard.testing.Corpus;
import dev.flowguard.testing.RawZip;
import dev.flowguard.testing.SolutionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over real corpus files (or built solutions when the corpus is absent): bytes
 * flipped, overwritten, inserted, deleted, ranges copied, files cut short, entries named twice, JSON nodes
 * replaced by values of another type. Whatever
 * comes out, the zip reader and the whole scan must end in findings (FG901 for what cannot be read),
 * never an exception and never a hang; the JSON reader must only ever throw {@link UnreadableException}.
 *
 * <p>A few seconds in CI; longer on demand:
 * {@code mvn -B test -Dtest=ReaderFuzzTest -Dflowguard.fuzz.iterations=100000 [-Dflowguard.fuzz.seed=N]}.
 */
class ReaderFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("flowguard.fuzz.iterations", 200);
    private static final long SEED = Long.getLong("flowguard.fuzz.seed", 20261127L);
    /** Seed files above this size make an iteration slow without reaching new code. */
    private static final long MAX_SEED_BYTES = 300 * 1024;

    private static final String OPEN_TRIGGER_FLOW = """
            {"properties":{"connectionReferences":{},"definition":{"triggers":{"manual":{"type":"Request","kind":"Http",
            "inputs":{"triggerAuthenticationType":"All"}}},"actions":{"Scope":{"type":"Scope","actions":{"If":{"type":"If",
            "expression":{"equals":["@triggerBody()?['a']",1]},"actions":{"Compose":{"type":"Compose","inputs":"x"}},
            "else":{"actions":{}}}}}}}},"schemaVersion":"1.0.0.0"}
            """;

    @TempDir
    Path temp;

    private final Scanner scanner = new Scanner(RuleRegistry.builtIn());
    private final JsonReader json = new JsonReader(ReadLimits.DEFAULTS);

    @Test
    void mutatedZipsAlwaysEndInFindings() throws Exception {
        List<Path> seeds = zipSeeds();
        Random random = new Random(SEED);
        Path target = temp.resolve("Mutated_1_0_0_1.zip");
        assertTimeoutPreemptively(hangGuard(), () -> {
            for (int i = 0; i < ITERATIONS; i++) {
                Path seed = seeds.get(random.nextInt(seeds.size()));
                Mutation mutation = mutateZip(Files.readAllBytes(seed), seed, random);
                Files.write(target, mutation.bytes());
                try {
                    ScanResult result = scanner.scan(ScanRequest.of(List.of(new ScanInput(target, "Mutated_1_0_0_1.zip"))),
                            ScanListener.SILENT);
                    for (Finding finding : result.findings()) {
                        assertFalse(finding.message().contains("\n"), finding.message());
                    }
                } catch (RuntimeException | Error e) {
                    fail(failure(i, seed, mutation, target), e);
                }
            }
        });
    }

    @Test
    void mutatedJsonOnlyEverFailsAsUnreadableAndAlwaysScans() throws Exception {
        List<byte[]> seeds = jsonSeeds();
        Random random = new Random(SEED + 1);
        Path flowFile = temp.resolve("Fuzz.json");
        assertTimeoutPreemptively(hangGuard(), () -> {
            for (int i = 0; i < ITERATIONS * 4; i++) {
                byte[] seed = seeds.get(random.nextInt(seeds.size()));
                Mutation mutation = random.nextInt(3) == 0 ? mutateTree(seed, random) : mutateBytes(seed, random, 0);
                try {
                    FlowParser.parse("Fuzz", "x.json", null, "x", json.parse(mutation.bytes()));
                } catch (UnreadableException e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().contains("\n"), e.getMessage());
                } catch (NotAFlowException e) {
                    // a JSON that parsed but is no flow: handled by the scanner as FG901 or a skip
                } catch (RuntimeException | Error e) {
                    fail(failure(i, Path.of("json seed"), mutation, Files.write(flowFile, mutation.bytes())), e);
                }
                // and the whole way through the rules and the locations of their findings
                Files.write(flowFile, mutation.bytes());
                try {
                    scanner.scan(ScanRequest.of(List.of(new ScanInput(flowFile, "Fuzz.json"))), ScanListener.SILENT);
                } catch (RuntimeException | Error e) {
                    fail(failure(i, Path.of("json seed"), mutation, flowFile), e);
                }
            }
        });
    }

    private static Duration hangGuard() {
        return Duration.ofSeconds(Math.max(120, ITERATIONS / 10L));
    }

    private static String failure(int iteration, Path seed, Mutation mutation, Path kept) {
        return "iteration " + iteration + " (seed " + SEED + ") of " + seed.getFileName() + ": " + mutation.description()
                + "; reproduce with -Dflowguard.fuzz.seed=" + SEED + "; input at " + kept;
    }

    private record Mutation(byte[] bytes, String description) {
    }

    private Mutation mutateZip(byte[] zip, Path seed, Random random) throws IOException {
        if (random.nextInt(10) == 0) {
            // a structural mutation byte flips rarely reach: one entry named twice, with other content
            RawZip twice = new RawZip().addAll(seed);
            twice.add("Workflows/Twice-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                    .add("Workflows/Twice-11111111-1111-1111-1111-111111111111.json", "{}");
            return mutateBytes(twice.bytes(), random, 0.7);
        }
        // half of the byte mutations go to the end of the file, where the central directory is
        return mutateBytes(zip, random, random.nextBoolean() ? 0.7 : 0);
    }

    /** One to four byte-level mutations, placed in {@code [from * length, length)}. */
    private static Mutation mutateBytes(byte[] original, Random random, double from) {
        byte[] bytes = original;
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int m = 0; m < count && bytes.length > 0; m++) {
            int start = (int) (bytes.length * from);
            int at = start + random.nextInt(Math.max(1, bytes.length - start));
            switch (random.nextInt(7)) {
                case 0 -> {
                    bytes = bytes == original ? bytes.clone() : bytes;
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                    done.add("flip bit at " + at);
                }
                case 1 -> {
                    bytes = bytes == original ? bytes.clone() : bytes;
                    byte[] interesting = {0, -1, 0x7F, (byte) 0x80, '"', '{', '[', '<', '&', '\\'};
                    bytes[at] = interesting[random.nextInt(interesting.length)];
                    done.add("set byte at " + at);
                }
                case 2 -> {
                    byte[] inserted = new byte[1 + random.nextInt(16)];
                    random.nextBytes(inserted);
                    bytes = splice(bytes, at, 0, inserted);
                    done.add("insert " + inserted.length + " bytes at " + at);
                }
                case 3 -> {
                    int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
                    bytes = splice(bytes, at, length, new byte[0]);
                    done.add("delete " + length + " bytes at " + at);
                }
                case 4 -> {
                    bytes = Arrays.copyOf(bytes, at);
                    done.add("truncate to " + at);
                }
                case 5 -> {
                    int source = random.nextInt(bytes.length);
                    int length = Math.min(1 + random.nextInt(256), bytes.length - source);
                    bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, source, source + length));
                    done.add("copy " + length + " bytes from " + source + " to " + at);
                }
                default -> {
                    bytes = bytes == original ? bytes.clone() : bytes;
                    // little-endian 32-bit fields (sizes, offsets) set to edge values
                    int field = Math.min(at, bytes.length - 4);
                    int value = new int[] {0, -1, Integer.MAX_VALUE, 1 << 20, 46}[random.nextInt(5)];
                    for (int b = 0; b < 4 && field + b < bytes.length && field >= 0; b++) {
                        bytes[field + b] = (byte) (value >>> (8 * b));
                    }
                    done.add("set int " + value + " at " + field);
                }
            }
        }
        return new Mutation(bytes, String.join(", ", done));
    }

    /**
     * Valid JSON of the wrong shape, which byte flips rarely make: a node somewhere in the tree replaced
     * by a value of another type, or removed.
     */
    private Mutation mutateTree(byte[] seed, Random random) {
        JsonNode root;
        try {
            root = json.parse(seed);
        } catch (UnreadableException e) {
            return new Mutation(seed, "unchanged (seed does not parse)");
        }
        List<JsonNode> containers = new ArrayList<>();
        root.findParents("type").forEach(containers::add);
        collectContainers(root, containers, 0);
        if (containers.isEmpty()) {
            return new Mutation(seed, "unchanged (no object or array in the seed)");
        }
        List<String> done = new ArrayList<>();
        for (int m = 0; m < 1 + random.nextInt(3); m++) {
            JsonNode parent = containers.get(random.nextInt(containers.size()));
            JsonNode replacement = switch (random.nextInt(6)) {
                case 0 -> NullNode.getInstance();
                case 1 -> IntNode.valueOf(random.nextInt(3) - 1);
                case 2 -> TextNode.valueOf(random.nextBoolean() ? "" : "@{triggerBody()}");
                case 3 -> JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode());
                case 4 -> JsonNodeFactory.instance.objectNode();
                default -> BooleanNode.TRUE;
            };
            if (parent instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                if (random.nextInt(4) == 0) {
                    object.remove(name);
                    done.add("remove " + name);
                } else {
                    object.set(name, replacement);
                    done.add("set " + name + " to " + replacement);
                }
            } else if (parent instanceof ArrayNode array && array.size() > 0) {
                array.set(random.nextInt(array.size()), replacement);
                done.add("set an array element to " + replacement);
            }
        }
        return new Mutation(root.toString().getBytes(StandardCharsets.UTF_8), String.join(", ", done));
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into, int depth) {
        if (node.isContainerNode() && depth < 64) {
            into.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, into, depth + 1));
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private List<Path> zipSeeds() throws IOException {
        List<Path> seeds = new ArrayList<>(corpusFiles(".zip"));
        if (seeds.isEmpty()) {
            System.out.println("ReaderFuzzTest: no corpus at ../shared/corpus; fuzzing built solutions only");
        }
        seeds.add(new SolutionBuilder("Built").flow("Open-11111111-1111-1111-1111-111111111111.json", OPEN_TRIGGER_FLOW)
                .file("environmentvariabledefinitions/contoso_A/environmentvariabledefinition.xml",
                        "<environmentvariabledefinition schemaname=\"contoso_A\"><type>100000005</type></environmentvariabledefinition>")
                .writePacked(temp.resolve("seeds/Built.zip")));
        return seeds;
    }

    private List<byte[]> jsonSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path file : corpusFiles(".json")) {
            seeds.add(Files.readAllBytes(file));
        }
        seeds.add(OPEN_TRIGGER_FLOW.getBytes(StandardCharsets.UTF_8));
        seeds.add(("\uFEFF" + OPEN_TRIGGER_FLOW).getBytes(StandardCharsets.UTF_16LE));
        return seeds;
    }

    private static List<Path> corpusFiles(String extension) throws IOException {
        if (Corpus.root().isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(Corpus.root().get())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension))
                    .filter(p -> p.toFile().length() <= MAX_SEED_BYTES)
                    .sorted()
                    .toList();
        }
    }
}
