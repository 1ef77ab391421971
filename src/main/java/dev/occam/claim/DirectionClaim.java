package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.certify.Settling;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.List;

/**
 * lim w_t/||w_t|| = w_hat/||w_hat||, measured by the direction gap 1 - cos. A last iterate that
 * merely looks close never suffices (the gap of constant-step GD decays like 1/log^2 t). Every
 * verdict is {@link Evidence#TREND} evidence, a law seen over the run's horizon:
 *
 * <ul>
 *   <li>HOLDS when the offset residual ||w_t - w_hat log t - w~|| decays ({@link
 *       PowerTrend#decays()}): then w(t) = w_hat log t + w~ + o(1), whose direction tends to
 *       w_hat's; or when the gap itself decays as a consistent power of t (fast schedules) and both
 *       the last gap and the decay's envelope at the end ({@link PowerTrend#reach()}: a chaotic
 *       run's last gap can be a low point) are within tolerance;
 *   <li>FAILS when the direction settles away from w_hat: the unit vector's speed per unit of log t
 *       decays as a power law ({@link Settling}), so what it can still move, R, leaves the limit at
 *       distance at least ||u_T - u_hat|| - R > sqrt(2 tolerance) from u_hat (a run still in its
 *       transient, or turning only slowly, has no such estimate);
 *   <li>INCONCLUSIVE otherwise.
 * </ul>
 */
public record DirectionClaim(double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "direction";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null)
            return result(Verdict.INCONCLUSIVE, null, null, run.unmetPrecondition());
        Geometry g = Geometry.of(run);
        double[][] gap = Quantities.logSeries("direction-gap", run);
        if (g == null || gap == null)
            return result(
                    Verdict.INCONCLUSIVE, null, null, "no max-margin direction to compare with");
        var unique = run.prediction().quantities().get("direction-unique");
        if (unique != null && unique[0].signum() == 0) {
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    null,
                    "the max-margin direction is not unique ("
                            + run.prediction().kind()
                            + " names one maximizer among several): compare margins with a value claim instead");
        }
        double last = Math.exp(gap[1][gap[1].length - 1]);
        PowerTrend offsetTrend = OffsetClaim.offsetTrend(run);
        if (offsetTrend != null && offsetTrend.decays()) {
            return result(
                            Verdict.HOLDS,
                            last,
                            "trend: offset residual ||w_t - w_hat log t - w~|| "
                                    + offsetTrend.describe(),
                            "the offset residual decays, so w(t) = w_hat log t + w~ + o(1) and the limit direction is w_hat's, if the decay "
                                    + "goes on; the gap at the last iterate is "
                                    + Numbers.sci(last)
                                    + ", falling like 1/log^2 t")
                    .graded(Evidence.TREND);
        }
        PowerTrend trend =
                PowerTrend.aboveFloor(gap, Math.log(Quantities.floor("direction-gap", run)));
        if (trend != null && Math.max(last, trend.reach()) <= tolerance && trend.decays()) {
            return result(
                            Verdict.HOLDS,
                            last,
                            "trend: direction gap " + trend.describe(),
                            "gap "
                                    + Numbers.sci(last)
                                    + trend.reachNote(last)
                                    + " <= "
                                    + toleranceText
                                    + " and decaying as a power of t")
                    .graded(Evidence.TREND);
        }
        ClaimResult elsewhere = convergesToReference(run, last);
        if (elsewhere != null) return elsewhere;
        Settling settling = settling(run, g);
        double distance = Math.sqrt(2 * last);
        if (settling.settles() && distance - settling.remaining() > Math.sqrt(2 * tolerance)) {
            double limitGap = Math.pow(distance - settling.remaining(), 2) / 2;
            return result(
                            Verdict.FAILS,
                            last,
                            "unit direction w_t/||w_t||: " + settling.why(),
                            "the direction settles away from "
                                    + "w_hat: gap "
                                    + Numbers.sci(last)
                                    + " at the end, and at least "
                                    + Numbers.sci(limitGap)
                                    + " in the limit > "
                                    + toleranceText)
                    .graded(Evidence.TREND);
        }
        return result(
                Verdict.INCONCLUSIVE,
                last,
                "unit direction: " + settling.why(),
                "gap "
                        + Numbers.sci(last)
                        + " (tolerance "
                        + toleranceText
                        + "): neither seen to reach w_hat nor to settle elsewhere ("
                        + (trend == null
                                ? "too few samples"
                                : trend.whyNotDecaying() != null
                                        ? trend.whyNotDecaying()
                                        : last <= tolerance
                                                ? "decaying, but its envelope at the end is "
                                                        + Numbers.sci(trend.reach())
                                                        + ": the last gap is a low point of a scattered decay"
                                                : "decaying, not yet within tolerance")
                        + "; budget)");
    }

    /**
     * FAILS when the direction is seen to converge to another max-margin direction the prediction
     * names ({@link Reference}) that is itself more than the tolerance away from w_hat. Null when
     * no such reference is approached.
     */
    private ClaimResult convergesToReference(PointRun run, double last) {
        var hat =
                run.tier()
                        .of(
                                run.prediction()
                                        .quantities()
                                        .getOrDefault("w_hat", run.prediction().value()));
        // near the reference at the end: the last gap to it, or its decay's envelope when the last
        // sample is a low point
        Reference ref =
                Reference.approached(
                        run,
                        (r, trend) -> {
                            double near =
                                    Math.max(
                                            Geometry.gap(run.trajectory().last(), r),
                                            trend.reach());
                            return Geometry.gap(r, hat) > tolerance
                                    && Math.sqrt(2 * Geometry.gap(r, hat))
                                            > Math.sqrt(2 * tolerance) + 10 * Math.sqrt(2 * near);
                        });
        if (ref == null) return null;
        double apart = Geometry.gap(ref.direction(), hat);
        return result(
                        Verdict.FAILS,
                        last,
                        "trend: gap to " + ref.name() + " " + ref.trend().describe(),
                        "the direction converges to "
                                + ref.name()
                                + " (gap "
                                + Numbers.sci(
                                        Geometry.gap(run.trajectory().last(), ref.direction()))
                                + " at the end, decaying as a power of t), which is at gap "
                                + Numbers.sci(apart)
                                + " > "
                                + toleranceText
                                + " from w_hat")
                .graded(Evidence.TREND);
    }

    /** The unit direction's settling, from the recorded samples. */
    static Settling settling(PointRun run, Geometry g) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        double[] t = new double[samples.size()];
        double[][] u = new double[samples.size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = samples.get(i).time();
            u[i] = g.unitDirection(samples.get(i).iterate());
        }
        return Settling.of(t, u, Quantities.floor("direction-gap", run));
    }

    private ClaimResult result(Verdict v, Double gap, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(Figure.scalar(gap), new Scalar(0))
                .withError(gap)
                .withTolerance(toleranceText);
    }
}
