package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.TailBound;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.plan.Planner;
import dev.occam.prediction.Prediction;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.run.PointRun;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Spec loading and hand-built runs for the check tests. */
public final class CheckTestSupport {
    public static final SpecLoader LOADER =
            new SpecLoader(
                    text -> {
                        try {
                            return Symbolic.get().number(text, Duration.ofSeconds(5));
                        } catch (FormulaException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    });

    private CheckTestSupport() {}

    public static String bundled(String relative) {
        try {
            return Files.readString(Path.of(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Spec spec(String yaml) {
        return LOADER.load(null, yaml);
    }

    public static SpecResult check(String yaml) {
        return new Checker(CheckOptions.defaults()).check(Planner.plan(spec(yaml)), Progress.NONE);
    }

    public static SpecResult check(String yaml, int precision) {
        return new Checker(new CheckOptions(precision))
                .check(Planner.plan(spec(yaml)), Progress.NONE);
    }

    /** Replaces exactly one occurrence, so a test notices when a bundled spec changes under it. */
    public static String replaceOnce(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0 || text.indexOf(from, i + 1) >= 0)
            throw new IllegalStateException("expected one '" + from + "' in\n" + text);
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    public static List<ClaimResult> claims(SpecResult r, String kind) {
        return r.points().stream()
                .flatMap(p -> p.claims().stream())
                .filter(c -> c.kind().equals(kind))
                .toList();
    }

    /**
     * A run that ended at {@code last} (double tier), with a prediction at {@code predicted}, a
     * tail bound {@code bound} and the given floor step.
     */
    public static PointRun run(double[] last, double[] predicted, double bound, double floorStep) {
        return run(Tier.forDigits(16), last, predicted, bound, floorStep);
    }

    /** As {@link #run(double[], double[], double, double)}, in the given tier. */
    public static PointRun run(
            Tier tier, double[] last, double[] predicted, double bound, double floorStep) {
        Vec w = tier.of(last);
        Trajectory t =
                new Trajectory(
                        List.of(new Trajectory.Sample(0, w, Double.NEGATIVE_INFINITY)),
                        new double[0],
                        0,
                        "budget",
                        0,
                        floorStep);
        BigDecimal[] p = new BigDecimal[predicted.length];
        for (int i = 0; i < p.length; i++) p[i] = new BigDecimal(predicted[i]);
        Prediction prediction =
                new Prediction("test", p, null, Map.of(), List.of(), null, Map.of(), Map.of());
        var tail = new TailBound(bound, Evidence.PROVED_BOUND, "test bound");
        return new PointRun(
                Map.of(), null, null, null, tier, t, prediction, tier.of(p), tail, 0, Double.NaN);
    }

    /**
     * A double-tier run whose samples carry the given losses (iterates at 0), with a proved
     * contraction.
     */
    public static PointRun lossRun(long[] t, double[] loss, double proved) {
        Tier tier = Tier.forDigits(16);
        List<Trajectory.Sample> samples = new ArrayList<>();
        for (int i = 0; i < t.length; i++)
            samples.add(new Trajectory.Sample(t[i], tier.of(new double[] {0}), Math.log(loss[i])));
        long n = t[t.length - 1];
        Trajectory traj =
                new Trajectory(List.copyOf(samples), new double[(int) n], n, "budget", 0, 0);
        var tail = TailBound.none("none");
        Algorithm gd = new GradientDescent(StepSize.constant(0.1, "0.1"));
        return new PointRun(Map.of(), null, gd, null, tier, traj, null, null, tail, 0, proved);
    }

    /** 0..9, then floor(10^(k/20)): the runner's sample times up to max. */
    public static long[] logSpacedTimes(long max) {
        TreeSet<Long> out = new TreeSet<>();
        for (long t = 0; t < 10 && t <= max; t++) out.add(t);
        for (int k = 20; (long) StrictMath.pow(10, k / 20.0) <= max; k++)
            out.add((long) StrictMath.pow(10, k / 20.0));
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
