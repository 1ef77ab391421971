package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.numeric.SplitMix64;
import dev.occam.spec.data.NpyWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Black box: least squares on an X of doubles read from an .npy file large enough for the
 * floating-point proofs (no exact rational arithmetic on X X^T) is checked to a proved bound, in
 * double and in double-double.
 */
class LargeDataFileCliTest {
    @TempDir Path dir;

    private JsonNode check(int precision, String tolerance, String... options) throws Exception {
        int n = 8, d = 1300;
        SplitMix64 g = new SplitMix64(3);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) x[i] = g.nextGaussian();
        NpyWriter.write(dir.resolve("X.npy"), x, n, d);
        return checkWritten(precision, tolerance, options);
    }

    /** The check of X.npy (already written) against a Gaussian y. */
    private JsonNode checkWritten(int precision, String tolerance, String... options)
            throws Exception {
        int n = 8;
        SplitMix64 g = new SplitMix64(5);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = g.nextGaussian();
        NpyWriter.write(dir.resolve("y.npy"), y, n);
        Path spec =
                Files.writeString(
                        dir.resolve("large.yaml"),
                        """
                        id: large
                        title: GD on an 8 x 1300 least-squares problem from .npy files
                        expect: holds
                        problem:
                          kind: least-squares
                          X: {file: X.npy}
                          y: {file: y.npy}
                        algorithm: {kind: gradient-descent, step: 3e-4, init: zeros}
                        prediction: {kind: min-distance-interpolant}
                        claims:
                          - kind: limit
                            tolerance: %s
                        run: {precision: %d, max-iterations: 2000}
                        """
                                .formatted(tolerance, precision));
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(dir);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        java.util.List<String> args =
                new java.util.ArrayList<>(
                        java.util.List.of("check", "--json", "-", "--no-report", spec.toString()));
        args.addAll(java.util.List.of(options));
        int code = cmd.execute(args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString()).at("/results/0");
    }

    @Test
    void aLargeFileProblemHoldsOnAProvedBoundInDoubleAndDoubleDouble() throws Exception {
        for (int precision : new int[] {16, 32}) {
            JsonNode r = check(precision, precision == 16 ? "1e-12" : "1e-24");
            assertThat(r.get("verdict").asText()).as("precision %d", precision).isEqualTo("HOLDS");
            assertThat(r.get("evidence").asText()).isEqualTo("proved-bound");
            assertThat(r.at("/prediction/certificate/radius").asText())
                    .startsWith("||w - w*|| <= ");
            assertThat(r.at("/prediction/preconditions/0").asText()).contains("double Cholesky");
            assertThat(r.at("/data/0/shape").toString()).isEqualTo("[8,1300]");
        }
    }

    /**
     * An int64 X (entries in -1..1, each exactly a double) takes the same floating-point proofs as
     * a float64 one; as exact integers it took rational elimination on X X^T.
     */
    @Test
    void aLargeIntegerFileTakesTheFloatingPointProofs() throws Exception {
        int n = 8, d = 1300;
        SplitMix64 g = new SplitMix64(7);
        long[] x = new long[n * d];
        for (int i = 0; i < x.length; i++) x[i] = (long) Math.floor(g.nextUnit() * 3) - 1;
        NpyWriter.write(dir.resolve("X.npy"), x, n, d);
        JsonNode r = checkWritten(16, "1e-12");
        assertThat(r.get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(r.get("evidence").asText()).isEqualTo("proved-bound");
        assertThat(r.at("/prediction/preconditions/0").asText()).contains("double Cholesky");
        assertThat(r.at("/data/0/shape").toString()).isEqualTo("[8,1300]");
    }

    /**
     * The proofs' products run in fixed blocks on the kernel threads: one thread and two give the
     * same report.
     */
    @Test
    void theReportIsTheSameOnOneAndTwoKernelThreads() throws Exception {
        JsonNode one = strip(check(16, "1e-12", "--threads", "1"));
        JsonNode two = strip(check(16, "1e-12", "--threads", "2"));
        assertThat(two).isEqualTo(one);
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) o.remove("seconds");
        node.forEach(LargeDataFileCliTest::strip);
        return node;
    }
}
