package dev.occam.bench;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.spec.data.NpyReader;
import dev.occam.spec.data.NpyWriter;
import dev.occam.spec.data.NumericArray;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleConsumer;

/**
 * occam's side of the side-by-side benchmarks ({@code bin/bench --peer}, bench/README.md). Two
 * commands, each one process:
 *
 * <ul>
 *   <li>{@code data ls|cls N D SEED DIR}: writes the seeded data DIR/X.npy (N x D) and DIR/y.npy
 *       (N) that both sides read. ls: Gaussian X and y. cls: Gaussian points labelled +-1 by the
 *       side of a fixed hyperplane through the origin and pushed 0.5 away from it (separable).
 *   <li>{@code run ls|cls DIGITS ITERS ETA DIR}: reads DIR with occam's {@link NpyReader}, builds
 *       the {@link LeastSquares} or {@link Classification} (exponential loss) problem, its
 *       objective in {@code Tier.forDigits(DIGITS)}, and times ITERS iterations of constant-step
 *       {@link GradientDescent} from w0 = 0 through {@link Runner#run}, as {@code occam check} runs
 *       a spec with {@code algorithm: {kind: gradient-descent, step: ETA}} (step norms, blow-up and
 *       floor tests, log-spaced samples of w and log L included; the floor stop is off so that both
 *       sides do exactly ITERS iterations). Untimed runs of the same size warm the JIT first (at
 *       least one, and at least 2 s of them). Prints one line: {@code seconds=... iterations=...
 *       sum=... norm=...} (sum and l2 norm of the final iterate, from the tier's exact decimals).
 * </ul>
 */
public final class PeerCase {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int WARM_UP_RUNS = 3;

    private PeerCase() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 6 && args[0].equals("data")) {
            data(
                    args[1],
                    Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]),
                    Long.parseLong(args[4]),
                    Path.of(args[5]));
        } else if (args.length == 6 && args[0].equals("run")) {
            run(
                    args[1],
                    Integer.parseInt(args[2]),
                    Long.parseLong(args[3]),
                    args[4],
                    Path.of(args[5]));
        } else {
            System.err.println(
                    "usage: PeerCase data ls|cls N D SEED DIR | run ls|cls DIGITS ITERS ETA DIR");
            System.exit(2);
        }
    }

    static void data(String kind, int n, int d, long seed, Path dir) throws IOException {
        Random random = new Random(seed);
        double[] x = new double[n * d];
        double[] y = new double[n];
        if (kind.equals("ls")) {
            for (int k = 0; k < x.length; k++) x[k] = random.nextGaussian();
            for (int i = 0; i < n; i++) y[i] = random.nextGaussian();
        } else {
            double[] u = new double[d]; // a fixed unit normal, 1, 1/2, 1/3, ... normalized
            double norm = 0;
            for (int j = 0; j < d; j++) norm += 1.0 / ((j + 1.0) * (j + 1.0));
            for (int j = 0; j < d; j++) u[j] = 1 / ((j + 1) * Math.sqrt(norm));
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = random.nextGaussian();
                    s += x[i * d + j] * u[j];
                }
                y[i] = s >= 0 ? 1 : -1;
                for (int j = 0; j < d; j++) x[i * d + j] += 0.5 * y[i] * u[j];
            }
        }
        Files.createDirectories(dir);
        NpyWriter.write(dir.resolve("X.npy"), x, n, d);
        NpyWriter.write(dir.resolve("y.npy"), y, n);
    }

    static void run(String kind, int digits, long iterations, String eta, Path dir)
            throws IOException {
        long loading = System.nanoTime();
        Tier tier = Tier.forDigits(digits);
        Objective objective = problem(kind, dir).objective(tier);
        System.err.printf(
                Locale.ROOT,
                "data read and objective built in %.1f s%n",
                (System.nanoTime() - loading) / 1e9);
        Vec w0 = tier.zeros(objective.dimension());
        GradientDescent gd = new GradientDescent(StepSize.constant(Double.parseDouble(eta), eta));
        Runner runner = new Runner(iterations, Duration.ofHours(10)).withFloorStop(false);
        // warm-up, untimed: whole runs of the same size, at least WARM_UP_RUNS of them and at
        // least WARM_UP_NANOS (on the loaded 2-core machine one run did not warm the double-double
        // loop: the next runs were still getting faster)
        // one progress consumer for every run: a second lambda class at the timed call made the
        // call site in Runner.run polymorphic and the timed run slower than the warm-up runs
        DoubleConsumer quiet = fraction -> {};
        long warm = System.nanoTime();
        StringBuilder warmUp = new StringBuilder();
        for (int k = 0; k < WARM_UP_RUNS || System.nanoTime() - warm < WARM_UP_NANOS; k++) {
            long s = System.nanoTime();
            runner.run(gd.start(objective, w0), objective, quiet);
            warmUp.append(String.format(Locale.ROOT, " %.3f", (System.nanoTime() - s) / 1e9));
        }
        System.err.println("warm-up runs (s):" + warmUp);
        long start = System.nanoTime();
        Trajectory run = runner.run(gd.start(objective, w0), objective, quiet);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (run.iterations() != iterations)
            throw new IllegalStateException(
                    "the run stopped after " + run.iterations() + " iterations: " + run.stopped());
        Vec w = run.last();
        MathContext mc = new MathContext(60);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : w.decimals()) {
            sum = sum.add(v, mc);
            squares = squares.add(v.multiply(v, mc), mc);
        }
        System.out.printf(
                Locale.ROOT,
                "seconds=%.6f iterations=%d sum=%s norm=%s%n",
                seconds,
                run.iterations(),
                sum.toString(),
                squares.sqrt(mc).toString());
    }

    static Problem problem(String kind, Path dir) throws IOException {
        double[] x = read(dir.resolve("X.npy"));
        double[] y = read(dir.resolve("y.npy"));
        int n = y.length;
        int d = x.length / n;
        Value[][] rows = new Value[n][d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) rows[i][j] = Value.exact(x[i * d + j]);
        if (kind.equals("ls")) {
            Value[] labels = new Value[n];
            for (int i = 0; i < n; i++) labels[i] = Value.exact(y[i]);
            return new LeastSquares(rows, labels);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = y[i] > 0 ? 1 : -1;
        return new Classification(rows, labels, null, Classification.Loss.EXPONENTIAL);
    }

    private static double[] read(Path file) throws IOException {
        NumericArray a =
                NpyReader.read(Files.readAllBytes(file), file.toString(), Integer.MAX_VALUE);
        return a.doubles();
    }
}
