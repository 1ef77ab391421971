package dev.occam.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Case n of a campaign is a pure function of (seed, n): a base spec (bundled or broken) and one to
 * three mutations drawn from a Random seeded with both, a budget clamp, and sometimes YAML-level
 * damage to the text. Any single case can be regenerated without the others.
 */
final class Generator {
    /**
     * A spec to start from; {@code tree} is empty for files that are not YAML this model can hold.
     */
    record Base(String name, String fileName, String text, Optional<Yaml> tree) {}

    /**
     * -Doccam.fuzz.bundled=60 for a campaign that reaches the checker more often (and costs about
     * 0.1 s a case).
     */
    static final int BUNDLED_PERCENT = Integer.getInteger("occam.fuzz.bundled", 10);

    private final long seed;
    private final List<Base> bases;
    private final Map<String, Mutation> mutations = new TreeMap<>();

    Generator(long seed, List<Base> bases, Vocabulary words) {
        this.seed = seed;
        this.bases = bases;
        mutations.putAll(new StructureMutations(words).all());
        mutations.putAll(new ValueMutations().all());
        mutations.putAll(new RunMutations().all());
    }

    /** Every bundled spec and every broken spec under {@code root}, in a fixed order. */
    static List<Base> bases(Path root) {
        List<Base> bases = new ArrayList<>();
        for (String dir :
                List.of(
                        "theorems",
                        "counterexamples",
                        "src/test/resources/broken",
                        "src/test/resources/broken-kinds")) {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    bases.add(
                            new Base(
                                    dir + "/" + f.getFileName(),
                                    f.getFileName().toString(),
                                    text,
                                    Yaml.parse(text)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(bases);
    }

    private List<Base> bundled() {
        return bases.stream().filter(b -> !b.name().startsWith("src/")).toList();
    }

    private List<Base> broken() {
        return bases.stream().filter(b -> b.name().startsWith("src/")).toList();
    }

    /** The base spec itself under a token budget: not a case, it warms up the JVM and Symja. */
    FuzzCase warmUp(String name) {
        Base base = bases.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        Yaml.Map root = ((Yaml.Map) base.tree().orElseThrow()).copy();
        Yaml.Map run = RunMutations.run(root);
        run.put("max-iterations", Yaml.Scalar.plain("5"));
        run.put("time-limit", Yaml.Scalar.quoted("1s"));
        return new FuzzCase(
                -1,
                name,
                base.fileName(),
                List.of("warm-up"),
                Yaml.emit(root).getBytes(StandardCharsets.UTF_8));
    }

    FuzzCase generate(int number) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + number);
        // A case from a bundled spec often reaches the checker (a full check: ~0.5 s, mostly
        // symbolic set-up); one from a
        // broken spec mostly stops in the loader (~10 ms). One in ten from bundled specs keeps
        // 10,000 cases near 90 s.
        List<Base> from = r.nextInt(100) < BUNDLED_PERCENT ? bundled() : broken();
        Base base = from.get(r.nextInt(from.size()));
        List<String> done = new ArrayList<>();
        String text = base.text();
        if (base.tree().isPresent() && base.tree().get() instanceof Yaml.Map original) {
            Yaml.Map root = original.copy();
            int count = r.nextInt(20) == 0 ? 0 : r.nextInt(10) < 6 ? 1 : 2 + r.nextInt(2);
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String name = Mutation.pick(r, new ArrayList<>(mutations.keySet()));
                String what = mutations.get(name).apply(root, r);
                if (what == null) continue;
                done.add(name + ": " + what);
                chosen.add(what.split(" ")[0]);
            }
            done.add("budget: " + Budget.apply(root, r, chosen));
            text = Yaml.emit(root);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (base.tree().isEmpty() || r.nextInt(100) < 12) {
            TextDamage.Damaged d = TextDamage.apply(text, r);
            done.add("yaml: " + d.what());
            bytes = d.bytes();
        }
        return new FuzzCase(number, base.name(), base.fileName(), List.copyOf(done), bytes);
    }
}
