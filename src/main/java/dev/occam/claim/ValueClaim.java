package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.certify.Settling;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * A named scalar converges to a predicted value, e.g. the normalized margin to gamma = 1/||w_hat||.
 * Decided like {@link DirectionClaim}, with {@link Evidence#TREND} evidence: HOLDS by a decaying
 * offset residual (then the limit margin is w_hat's, whatever the margin at the last iterate: the
 * message says both), or by |q_T - q*| within tolerance and decaying as a power of t; FAILS when q
 * settles ({@link Settling}: its speed decays as a power law and what is left to move cannot close
 * the gap) away from the prediction, or when the direction converges to another max-margin
 * direction ({@link Reference}) whose margin is not the prediction's.
 */
public record ValueClaim(String quantity, double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "value";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null)
            return result(Verdict.INCONCLUSIVE, null, null, null, run.unmetPrecondition());
        var predicted = run.prediction().quantities().get(quantity);
        double[][] series = Quantities.series(quantity, run);
        if (predicted == null || predicted.length != 1 || series == null) {
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    null,
                    null,
                    "the prediction gives no value for " + quantity);
        }
        double want = predicted[0].doubleValue();
        int n = series[1].length;
        double last = series[1][n - 1];
        double gap = Math.abs(last - want);
        double[][] gaps = new double[][] {series[0], new double[n]};
        for (int i = 0; i < n; i++) gaps[1][i] = Math.log(Math.abs(series[1][i] - want));
        PowerTrend offsetTrend = OffsetClaim.offsetTrend(run);
        if (offsetTrend != null && offsetTrend.decays()) {
            return result(
                            Verdict.HOLDS,
                            last,
                            want,
                            "trend: offset residual decays: " + offsetTrend.describe(),
                            "the offset residual decays, so w(t) = w_hat log t + w~ + o(1) and the limit "
                                    + quantity
                                    + " is the prediction's, "
                                    + "if the decay goes on; at the last iterate it is still "
                                    + Numbers.sci(last)
                                    + " vs "
                                    + Numbers.sci(want)
                                    + " (converging like 1/log t)")
                    .graded(Evidence.TREND);
        }
        PowerTrend trend = PowerTrend.aboveFloor(gaps, Math.log(Quantities.floor(quantity, run)));
        if (trend != null && gap <= tolerance && trend.decays()) {
            return result(
                            Verdict.HOLDS,
                            last,
                            want,
                            "trend: |" + quantity + " - predicted| " + trend.describe(),
                            quantity
                                    + " within "
                                    + Numbers.sci(gap)
                                    + " of "
                                    + Numbers.sci(want)
                                    + " and converging as a power of t")
                    .graded(Evidence.TREND);
        }
        if (quantity.equals("margin")) {
            Geometry g = Geometry.of(run);
            Reference ref =
                    g == null
                            ? null
                            : Reference.approached(
                                    run, r -> Math.abs(g.margin(r) - want) > tolerance);
            if (ref != null) {
                double limit = g.margin(ref.direction());
                return result(
                                Verdict.FAILS,
                                last,
                                want,
                                "trend: gap to " + ref.name() + " " + ref.trend().describe(),
                                "the direction "
                                        + "converges to "
                                        + ref.name()
                                        + ", whose margin is "
                                        + Numbers.sci(limit)
                                        + ", not "
                                        + Numbers.sci(want)
                                        + " (tolerance "
                                        + toleranceText
                                        + ")")
                        .graded(Evidence.TREND);
            }
        }
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[] {series[1][i]};
        Settling settling = Settling.of(series[0], points, Quantities.floor(quantity, run));
        if (settling.settles() && gap - settling.remaining() > tolerance) {
            return result(
                            Verdict.FAILS,
                            last,
                            want,
                            quantity + ": " + settling.why(),
                            quantity
                                    + " settles at "
                                    + Numbers.sci(last)
                                    + " (within "
                                    + Numbers.sci(settling.remaining())
                                    + "), not "
                                    + Numbers.sci(want))
                    .graded(Evidence.TREND);
        }
        return result(
                Verdict.INCONCLUSIVE,
                last,
                want,
                quantity + ": " + settling.why(),
                quantity
                        + " "
                        + Numbers.sci(last)
                        + " vs "
                        + Numbers.sci(want)
                        + ": neither seen to reach the prediction nor to settle elsewhere (budget)");
    }

    private ClaimResult result(
            Verdict v, Double measured, Double predicted, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withTolerance(toleranceText)
                .withFigures(Figure.scalar(measured), Figure.scalar(predicted))
                .withError(measured == null ? null : Math.abs(measured - predicted));
    }
}
