package dev.occam.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.fuzz.Campaign.Result;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seeded spec fuzzing: 10,000 mutations of the bundled and broken specs (see {@link Generator}),
 * each checked in-process as {@code occam check}, each judged by {@link Oracle}. The same cases on
 * every run, in about 80 s on two cores. A longer campaign: {@code mvn test -Dtest=SpecFuzzTest
 * -Doccam.fuzz.cases=200000 -Doccam.fuzz.seed=7}; one case again: {@code -Doccam.fuzz.only=4498}
 * (with its seed). Failing cases are printed with seed, number, mutations and text, and written to
 * target/fuzz-failures/; target/fuzz-cases.tsv lists every case.
 */
class SpecFuzzTest {
    static final long DEFAULT_SEED = 20240601L;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    /**
     * Printed text of a failing case is cut here; the file in target/fuzz-failures/ has all of it.
     */
    private static final int SHOWN_CHARS = 3000;

    @Test
    void mutatedSpecsGetAVerdictOrOneLocatedErrorInTime() throws Exception {
        long seed = Long.getLong("occam.fuzz.seed", DEFAULT_SEED);
        List<Integer> numbers = caseNumbers(Integer.getInteger("occam.fuzz.cases", 10_000));
        List<Generator.Base> bases = Generator.bases(Path.of(""));
        Vocabulary words =
                Vocabulary.load(
                        Path.of("docs", "spec.schema.json"),
                        bases.stream().flatMap(b -> b.tree().stream()).toList());
        Campaign campaign =
                new Campaign(
                        new Generator(seed, bases, words), Files.createTempDirectory("occam-fuzz"));
        campaign.warmUp();
        long start = System.nanoTime();
        List<Result> results = campaign.run(numbers, Integer.getInteger("occam.fuzz.threads", 2));
        double wall = (System.nanoTime() - start) / 1e9;

        assertThat(results).hasSize(numbers.size());
        assertThat(Path.of("/tmp/occam-fuzz-export"))
                .as("a formula's Export reached the file system")
                .doesNotExist();
        summarize(results, wall, seed);
        List<Result> failed = results.stream().filter(r -> r.v() != null).toList();
        List<Result> unexpected =
                failed.stream().filter(r -> KnownOpen.matching(r.v()).isEmpty()).toList();
        write(failed, seed);
        writeTable(results);
        String report =
                unexpected.stream()
                        .limit(20)
                        .map(r -> describe(r, seed))
                        .collect(Collectors.joining("\n\n"));
        assertThat(unexpected)
                .as(
                        "%d cases broke the contract (first 20 below; all in %s)%n%s",
                        unexpected.size(), FAILURES, report)
                .isEmpty();
    }

    /** 0..cases-1, or only the cases -Doccam.fuzz.only=7,42 names (to reproduce them). */
    private static List<Integer> caseNumbers(int cases) {
        String only = System.getProperty("occam.fuzz.only", "").strip();
        if (!only.isEmpty())
            return Arrays.stream(only.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return IntStream.range(0, cases).boxed().toList();
    }

    private static String describe(Result r, long seed) {
        String text = r.c().text();
        return "seed "
                + seed
                + ", "
                + r.c().describe()
                + "\n  "
                + r.v().fingerprint()
                + "\n  "
                + r.v().detail()
                + "\n--- spec (-Doccam.fuzz.seed="
                + seed
                + " -Doccam.fuzz.only="
                + r.c().number()
                + ") ---\n"
                + (text.length() <= SHOWN_CHARS
                        ? text
                        : text.substring(0, SHOWN_CHARS)
                                + "\n[... "
                                + text.length()
                                + " characters]")
                + "\n--- output ---\n"
                + r.o().output().strip();
    }

    private static void summarize(List<Result> results, double wall, long seed) {
        Map<Integer, Integer> exits = new TreeMap<>();
        results.stream()
                .filter(r -> r.o() != null)
                .forEach(r -> exits.merge(r.o().exitCode(), 1, Integer::sum));
        System.out.printf(
                "fuzz: %d cases (seed %d) in %.1f s; exit codes %s%n",
                results.size(), seed, wall, exits);
        Map<String, List<Integer>> open = new TreeMap<>();
        results.forEach(
                r -> {
                    String id =
                            r.keptOut() != null
                                    ? r.keptOut().id() + " (kept out)"
                                    : r.v() != null
                                            ? KnownOpen.matching(r.v())
                                                    .map(KnownOpen::id)
                                                    .orElse(null)
                                            : null;
                    if (id != null)
                        open.computeIfAbsent(id, k -> new ArrayList<>()).add(r.c().number());
                });
        open.forEach(
                (id, n) ->
                        System.out.println(
                                "  known open "
                                        + id
                                        + ": "
                                        + n.size()
                                        + " cases, e.g. "
                                        + n.subList(0, Math.min(5, n.size()))));
    }

    private static void write(List<Result> failed, long seed) throws IOException {
        if (Files.isDirectory(FAILURES)) {
            try (var old = Files.list(FAILURES)) {
                for (Path p : old.toList()) Files.delete(p);
            }
        }
        if (failed.isEmpty()) return;
        Files.createDirectories(FAILURES);
        for (Result r : failed) {
            String name = "seed-" + seed + "-case-" + r.c().number();
            Files.write(FAILURES.resolve(name + ".yaml"), r.c().bytes());
            Files.writeString(FAILURES.resolve(name + ".txt"), describe(r, seed));
        }
    }

    /**
     * One line per case (number, base, exit code, seconds, mutations): where a campaign spends its
     * time.
     */
    private static void writeTable(List<Result> results) throws IOException {
        StringBuilder tsv = new StringBuilder("case\tbase\texit\tseconds\tmutations\n");
        for (Result r : results) {
            tsv.append(r.c().number())
                    .append('\t')
                    .append(r.c().base())
                    .append('\t')
                    .append(r.o() == null ? "kept out" : r.o().exitCode())
                    .append('\t')
                    .append(r.o() == null ? "" : String.format("%.3f", r.o().seconds()))
                    .append('\t')
                    .append(String.join("; ", r.c().mutations()).replaceAll("\\s+", " "))
                    .append('\n');
        }
        Files.createDirectories(FAILURES.getParent());
        Files.writeString(FAILURES.getParent().resolve("fuzz-cases.tsv"), tsv);
    }
}
