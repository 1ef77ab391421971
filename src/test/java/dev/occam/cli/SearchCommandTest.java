package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.search.reproducer.Scripts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** occam search end to end, on the real engine. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    record Run(int code, String out) {}

    private Run occam(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(Path.of(""));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out + "" + err);
    }

    /**
     * GD on least squares with X = [[3, 1, 0], [1, 2, "1/2"]] diverges iff eta > 1/lambda_max(X
     * X^T) (the Hessian is 2 X^T X). X X^T = [[10, 5], [5, 21/4]] has trace 61/4 and determinant
     * 55/2, so lambda_max = (61/4 + sqrt((61/4)^2 - 4 * 55/2)) / 2 = (61 + sqrt(1961)) / 8 and the
     * threshold is 8 / (61 + sqrt(1961)) = 0.0759855... (derived by hand here, not by occam).
     */
    @Test
    void theThresholdFinderBracketsTheExactDivergenceStep() throws IOException {
        Path spec = dir.resolve("threshold.yaml");
        Files.writeString(
                spec,
                """
                id: threshold
                title: GD on least squares diverges above 1/lambda_max(X X^T)
                expect: holds
                problem:
                  kind: least-squares
                  X: [[3, 1, 0], [1, 2, "1/2"]]
                  y: [1, -1]
                algorithm:
                  kind: gradient-descent
                  step: 0.1
                  init: [1, 1, 1]
                prediction:
                  kind: min-distance-interpolant
                claims:
                  - kind: diverges
                run:
                  max-iterations: 5000
                  time-limit: 10s
                search:
                  strategy: adaptive
                  budget: {candidates: 120, time: 5m}
                  width: 1e-6
                  parameters:
                    algorithm.step: {interval: [0.01, 0.2]}
                """);
        Run r =
                occam(
                        "search",
                        spec.toString(),
                        "--jobs",
                        "2",
                        "--results",
                        dir.resolve("t.jsonl").toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        Matcher m =
                Pattern.compile("threshold: algorithm.step in \\[([0-9.]+), ([0-9.]+)]")
                        .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        BigDecimal lo = new BigDecimal(m.group(1)), hi = new BigDecimal(m.group(2));
        MathContext mc = new MathContext(40);
        BigDecimal threshold =
                new BigDecimal(8).divide(new BigDecimal(61).add(new BigDecimal(1961).sqrt(mc)), mc);
        assertThat(threshold).isGreaterThan(lo).isLessThan(hi);
        assertThat(hi.subtract(lo).divide(hi, mc).doubleValue()).isLessThanOrEqualTo(1e-6);
        assertThat(r.out())
                .contains("FAILS (exact) at " + m.group(1))
                .contains("HOLDS (exact) at " + m.group(2));
    }

    @Test
    void aSearchWhereTheClaimIsTrueCountsWhatItCertified() {
        Run r =
                occam(
                        "search",
                        "searches/gd-least-squares-min-distance-any-step.yaml",
                        "--candidates",
                        "10",
                        "--jobs",
                        "2",
                        "--results",
                        dir.resolve("true.jsonl").toString());
        Matcher m =
                Pattern.compile("(\\d+) counterexamples, (\\d+) holds, (\\d+) inconclusive")
                        .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isZero();
        assertThat(Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3))).isEqualTo(10);
        assertThat(r.out()).contains("no counterexample found");
        assertThat(r.code()).as(r.out()).isEqualTo(Integer.parseInt(m.group(3)) == 0 ? 0 : 3);
    }

    /**
     * The acceptance: from the conjectures "steepest descent in l3 (and l4/3) reaches the
     * minimum-lp interpolant" with a domain over the step and integer data in [-10, 10], the search
     * finds a certified counterexample within its 2-minute budget on 2 workers, shrinks it, and
     * writes a spec that FAILS when checked again, its report and its reproducer.
     */
    @Test
    void findsShrinksAndWritesUpTheSteepestDescentCounterexamples() throws Exception {
        Map<Path, String> reproducers = new LinkedHashMap<>();
        for (String norm : List.of("l3", "l43")) {
            String id = "steepest-descent-" + norm + "-min-distance";
            Path out = dir.resolve("out-" + norm);
            Run r =
                    occam(
                            "search",
                            "searches/" + id + ".yaml",
                            "--jobs",
                            "2",
                            "--time",
                            "2m",
                            "--results",
                            dir.resolve(norm + ".jsonl").toString(),
                            "--write",
                            out.toString());
            assertThat(r.code()).as(r.out()).isEqualTo(1);
            assertThat(r.out())
                    .contains("counterexample: ", "shrunk in ", "minimal counterexample: ");
            Path written = out.resolve(id + "-counterexample.yaml");
            assertThat(written).exists();
            assertThat(out.resolve("reports").resolve(id + "-counterexample.md")).exists();
            assertThat(out.resolve("reports").resolve(id + "-counterexample.json")).exists();
            String text = Files.readString(written);
            assertThat(text)
                    .contains("expect: fails", "source: \"occam search searches/" + id + ".yaml")
                    .doesNotContainPattern("(?m)^search:");
            Run again = occam("check", "--no-report", written.toString());
            assertThat(again.code()).as(again.out()).isEqualTo(0);
            assertThat(again.out()).contains("FAILS", "proved-bound");
            // the reproducer, run by numpy, prints the report's gap to its 6 digits
            Path script = out.resolve(id + "-counterexample.py");
            assertThat(script).exists();
            JsonNode report =
                    JSON.readTree(
                            out.resolve("reports").resolve(id + "-counterexample.json").toFile());
            String error = null;
            for (JsonNode point : report.get("results").get(0).get("points"))
                for (JsonNode claim : point.get("claims"))
                    if (error == null && claim.get("verdict").asText().equals("FAILS"))
                        error = claim.get("error").asText();
            assertThat(error).isNotNull();
            assumeTrue(Scripts.NUMPY, Scripts.NO_NUMPY);
            double gap = Scripts.printed(Scripts.run(script), "gap");
            assertThat(String.format(Locale.ROOT, "%.6g", gap))
                    .isEqualTo(String.format(Locale.ROOT, "%.6g", Double.parseDouble(error)));
            assertThat(new BigDecimal(error).precision())
                    .as("the report gives 6 digits")
                    .isEqualTo(6);
        }
    }

    /**
     * A search killed with SIGKILL mid-way and resumed ends with the same candidates as an
     * uninterrupted one, none checked twice, and a results file whose every line is whole.
     */
    @Test
    void aKilledSearchResumesWithoutRepeatingWork() throws Exception {
        String spec = "searches/gd-least-squares-min-distance-any-step.yaml";
        Path killed = dir.resolve("killed.jsonl");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(
                List.of("search", spec, "--all", "--candidates", "16", "--jobs", "1", "--quiet"));
        command.addAll(List.of("--results", killed.toString()));
        Process child =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("child.log").toFile())
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(killed) < 1 + 5 && child.isAlive() && System.nanoTime() < deadline)
            Thread.sleep(20);
        assertThat(child.isAlive())
                .as("still searching when killed: " + Files.readString(dir.resolve("child.log")))
                .isTrue();
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no flush
        child.waitFor();
        int before = lines(killed) - 1;
        assertThat(before).isBetween(5, 15);

        Run resumed =
                occam(
                        "search",
                        spec,
                        "--all",
                        "--candidates",
                        "16",
                        "--jobs",
                        "2",
                        "--resume",
                        "--results",
                        killed.toString());
        assertThat(resumed.out())
                .contains(before + " answered from the results file, not checked again");
        Run fresh =
                occam(
                        "search",
                        spec,
                        "--all",
                        "--candidates",
                        "16",
                        "--jobs",
                        "2",
                        "--results",
                        dir.resolve("fresh.jsonl").toString());
        assertThat(keys(killed)).hasSize(16).isEqualTo(keys(dir.resolve("fresh.jsonl")));
        assertThat(resumed.code()).isEqualTo(fresh.code());
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        return (int) Files.readString(file).chars().filter(c -> c == '\n').count();
    }

    /** The candidate keys of a results file, each line whole JSON and no key twice. */
    private static Set<String> keys(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(JSON.readTree(lines.get(0)).get("search").asText())
                .isEqualTo("occam search results");
        Set<String> keys = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode o = JSON.readTree(line);
            assertThat(keys.add(o.get("key").asText())).as("checked twice: " + line).isTrue();
        }
        return keys;
    }
}
