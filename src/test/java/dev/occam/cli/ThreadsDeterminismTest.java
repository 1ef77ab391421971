package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.occam.numeric.KernelThreads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.StringJoiner;

/**
 * --threads changes how the double kernels of a large problem share their work, never what is
 * reported: a least-squares and a classification spec with n d >= 2^16 entries (so both take the
 * fixed-block path of DoubleMat) write the same JSON, timings aside, at 1 and 2 kernel threads.
 * Both runs go through more than one block, and the final iterates are printed to 16-17 digits, so
 * a partition that followed the thread count (one block at 1 thread, several at 2) would round
 * differently and show: with RowBlocks.of made to return one block at 1 thread, both tests fail at
 * points/0/final. Their claims are chosen cheap (no exact spectral certificate, which on 10^5
 * generated rationals takes minutes).
 */
class ThreadsDeterminismTest {
    @TempDir Path dir;

    /**
     * 20 x 5000 small integers from files: least squares always certifies the spectrum of X X^T
     * exactly, cheap for integers, minutes for 10^5 generated 53-bit rationals.
     */
    @Test
    void largeLeastSquaresGivesTheSameJsonAtOneAndTwoThreads() throws Exception {
        Random random = new Random(5);
        StringBuilder x = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            StringJoiner row = new StringJoiner(",");
            for (int j = 0; j < 5000; j++) row.add(Integer.toString(random.nextInt(5) - 2));
            x.append(row).append('\n');
        }
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 20; i++) y.append(random.nextInt(7) - 3).append('\n');
        Files.writeString(dir.resolve("x.csv"), x);
        Files.writeString(dir.resolve("y.csv"), y);
        String spec =
                """
                id: threads-least-squares
                title: Gradient descent on a 20x5000 least-squares system from files
                source: "ThreadsDeterminismTest"
                statement: "the loss decays geometrically"
                expect: holds
                problem:
                  kind: least-squares
                  X: {file: x.csv}
                  y: {file: y.csv}
                algorithm:
                  kind: gradient-descent
                  step: 0.00002
                prediction:
                  kind: none
                claims:
                  - kind: rate
                    quantity: loss
                    law: "c*r^t"
                run:
                  precision: 16
                  max-iterations: 3000
                  time-limit: 120s
                """;
        assertSameJsonAtOneAndTwoThreads("threads-least-squares", spec);
    }

    /**
     * 400 x 220 generated points less those within 1/10 of the labelling hyperplane (about 8%:
     * still above 2^16 entries; a 300 x 220 draw with min-margin 1/2 lost a third of its points and
     * fell to the serial path), exponential loss, 40 steps of normalized GD from 0: steps of the
     * size of w, while many points still carry weight, so a last-bit change of the gradient reaches
     * the iterate. Longer runs hide it: the weights concentrate on a few support vectors, whose sum
     * no block order changes, and w outgrows its early rounding (1000 steps, or a constant step of
     * 0.001, passed with the mutant above).
     */
    @Test
    void largeClassificationGivesTheSameJsonAtOneAndTwoThreads() throws Exception {
        String spec =
                """
                id: threads-classification
                title: Normalized gradient descent on a generated 400x220 separable set
                source: "ThreadsDeterminismTest"
                statement: "the norm of the iterates grows like a power of t (too short a run to tell)"
                expect: holds
                problem:
                  kind: classification
                  loss: exponential
                  X: {random: gaussian, shape: [400, 220], seed: 11}
                  y: {sign-of: {random: gaussian, shape: [220], seed: 12}, min-margin: "1/10"}
                algorithm:
                  kind: normalized-gradient-descent
                  step: 1
                prediction:
                  kind: none
                claims:
                  - kind: rate
                    quantity: norm
                    law: "c*t^a"
                run:
                  precision: 16
                  max-iterations: 40
                  time-limit: 120s
                """;
        assertSameJsonAtOneAndTwoThreads("threads-classification", spec);
    }

    @Test
    void threadsBelowOneAreAUsageErrorAndTheSettingIsRestored() {
        int before = KernelThreads.threads();
        StringWriter err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(dir);
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute("check", "--no-report", "--threads", "0", "."))
                .isEqualTo(ExitCodes.USAGE_OR_INVALID_SPEC);
        assertThat(err.toString()).contains("--threads must be at least 1");
        assertThat(KernelThreads.threads()).isEqualTo(before);
    }

    private void assertSameJsonAtOneAndTwoThreads(String id, String spec) throws Exception {
        Files.writeString(dir.resolve(id + ".yaml"), spec);
        JsonNode one = check(id, 1), two = check(id, 2);
        assertThat(one.get("results").get(0).get("points").get(0).get("iterations").asInt())
                .isGreaterThan(10);
        assertThat(two)
                .as("differs first at %s", JobsDeterminismTest.firstDifference(one, two, ""))
                .isEqualTo(one);
    }

    private JsonNode check(String id, int threads) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(dir);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code =
                cmd.execute(
                        "check",
                        "--json",
                        "-",
                        "--no-report",
                        "--threads",
                        Integer.toString(threads),
                        id + ".yaml");
        // the verdict is not the point (a 40-step run fits no rate law), a usage or internal
        // error would be
        assertThat(code).as(err.toString()).isIn(0, 1, 3);
        JsonNode tree = new ObjectMapper().readTree(out.toString());
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("seconds");
        node.forEach(ThreadsDeterminismTest::strip);
    }
}
