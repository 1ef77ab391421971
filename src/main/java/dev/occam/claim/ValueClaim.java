package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.certify.Settling;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
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
 *
 * <p>With a {@code target} (a number), the quantity (named, or a {@link FormulaQuantity}) tends to
 * the target within tolerance. In order:
 *
 * <ul>
 *   <li>a formula of the entries only on a run with a tail bound ||w_T - w_inf|| <= b: the
 *       formula's interval enclosure over that ball holds the limit, so the claim is decided with
 *       the tail bound's evidence when the range is inside the band or outside it;
 *   <li>FAILS when the spec's monotone claim on the same quantity ({@link MonotonePremise}) moves
 *       it away and it is already beyond the tolerance beyond its rounding: no later value comes
 *       nearer, with the monotone claim's grade (proved when a descent lemma proves it for every
 *       later t, else an estimate);
 *   <li>HOLDS, {@link Evidence#ESTIMATE}, when |q - target| was nonincreasing at every iterate from
 *       {@code after} on (this claim's own watch, against its running minimum within the rounding
 *       slack) and is within the tolerance at the last one: if it stays so, no later value is
 *       farther;
 *   <li>else like the prediction's value, by trend: the gap decaying as a power of t, or q settling
 *       (then HOLDS too, when what is left to move keeps it within the tolerance).
 * </ul>
 */
public record ValueClaim(
        String quantity,
        double tolerance,
        String toleranceText,
        Value target,
        FormulaQuantity formula,
        long after)
        implements Claim {

    /** A value claim against the prediction's value of a named quantity (the margin). */
    public ValueClaim(String quantity, double tolerance, String toleranceText) {
        this(quantity, tolerance, toleranceText, null, null, 0);
    }

    @Override
    public String kind() {
        return "value";
    }

    /**
     * With a target, the distance |q - target| at every iterate from {@code after} on, for a HOLDS
     * that rests on its never growing (a {@link MonotoneWatch} on it, nonincreasing).
     */
    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        if (target == null) return null;
        Quantities.Quantity q =
                Quantities.watched(quantity, formula, problem, objective, prediction, tier);
        if (q == null || q.live()) return null;
        double want = target.doubleValue();
        return new MonotoneWatch(
                new Quantities.Quantity() {
                    @Override
                    public double at(Vec w, double time, dev.occam.algorithm.Stepper stepper) {
                        return Math.abs(q.at(w, time, stepper) - want);
                    }

                    @Override
                    public double slack(Vec w, double time, double value) {
                        return q.slack(w, time, value);
                    }
                },
                false,
                after);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        return target == null ? toPrediction(run) : toTarget(run);
    }

    private ClaimResult toPrediction(PointRun run) {
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
        ClaimResult decaying = decaying(series, want, Quantities.floor(quantity, run), "predicted");
        if (decaying != null) return decaying;
        if (quantity.equals("margin")) {
            Geometry g = Geometry.of(run);
            Reference ref =
                    g == null
                            ? null
                            : Reference.approached(
                                    run, (r, trend) -> Math.abs(g.margin(r) - want) > tolerance);
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
        return settling(series, want, Quantities.floor(quantity, run), false, "the prediction");
    }

    /**
     * Toward a target: decided by a bound on the run's future when one exists (the tail bound and
     * the formula's enclosure), else by what the run shows: a monotone claim on the same quantity
     * moving it away beyond the tolerance, the distance to the target never growing at any iterate
     * (this claim's watch), a power-law decay of that distance, or the quantity settling.
     */
    private ClaimResult toTarget(PointRun run) {
        if (run.trajectory().blewUp())
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    null,
                    null,
                    "the run blew up after " + run.trajectory().iterations() + " iterations");
        double want = target.doubleValue();
        double[][] series = Quantities.series(quantity, formula, run);
        double[] end = last(run, series);
        if (series == null || end == null || !Double.isFinite(end[0]))
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    want,
                    null,
                    quantity + " is not available at the run's last iterate");
        double last = end[0], slack = end[1], gap = Math.abs(last - want);
        long iterations = run.trajectory().iterations();
        ClaimResult bounded = byTailBound(run, last, want);
        if (bounded != null) return bounded;
        MonotonePremise away = MonotonePremise.of(run, quantity);
        if (away != null
                && (away.increasing()
                        ? last - slack > want + tolerance
                        : last + slack < want - tolerance)) {
            return result(
                            Verdict.FAILS,
                            last,
                            want,
                            away.premise(quantity, iterations),
                            quantity
                                    + " moves away from "
                                    + target.text()
                                    + " and is already "
                                    + Numbers.sci(last)
                                    + " (rounding "
                                    + Numbers.sci(slack)
                                    + ") at t = "
                                    + iterations
                                    + ", beyond the tolerance "
                                    + toleranceText
                                    + ": no later value comes nearer")
                    .graded(away.evidence());
        }
        if (run.watches().get(this) instanceof MonotoneWatch nearing
                && nearing.violation() == null
                && nearing.compared() > 0
                && gap + slack <= tolerance) {
            return result(
                            Verdict.HOLDS,
                            last,
                            want,
                            "estimate: |"
                                    + quantity
                                    + " - "
                                    + target.text()
                                    + "| is nonincreasing at every iterate from t = "
                                    + after
                                    + " to "
                                    + iterations
                                    + " (compared with its running minimum, within the rounding slack), so if it "
                                    + "stays so no later value is farther from the target",
                            quantity
                                    + " = "
                                    + Numbers.sci(last)
                                    + " at t = "
                                    + iterations
                                    + ", within "
                                    + Numbers.sci(gap)
                                    + " (rounding "
                                    + Numbers.sci(slack)
                                    + ") of "
                                    + target.text()
                                    + ", and never moving away from it")
                    .graded(Evidence.ESTIMATE);
        }
        double floor =
                formula != null
                        ? Math.max(10 * slack, Double.MIN_NORMAL)
                        : Quantities.floor(quantity, run);
        ClaimResult decaying = decaying(series, want, floor, "target");
        if (decaying != null) return decaying;
        return settling(series, want, floor, true, target.text());
    }

    /** {q, rounding slack} at the last recorded iterate, or null. */
    private double[] last(PointRun run, double[][] series) {
        if (formula != null) return formula.last(run);
        double[] named = Quantities.last(quantity, run);
        if (named != null || series == null) return named;
        // the loss: recorded with each sample; its slack is the noise floor
        return new double[] {series[1][series[1].length - 1], Quantities.floor(quantity, run)};
    }

    /**
     * For a formula of the entries only and a run whose future is bounded (||w_T - w_inf|| <= b,
     * with the tail bound's evidence): the formula's enclosure over every point within b plus the
     * rounding of w_T holds its limit; decided when that range lies within the tolerance band or
     * outside it.
     */
    private ClaimResult byTailBound(PointRun run, double last, double want) {
        if (formula == null || !formula.entriesOnly() || !Double.isFinite(run.limitBound()))
            return null;
        Vec w = run.trajectory().last();
        double radius =
                run.limitBound()
                        + Quantities.rounding(run.problem(), run.tier().epsilon())
                                * Math.sqrt(w.dot(w).doubleValue());
        Interval range = formula.around(w, radius);
        if (range.maybeUndefined()) return null;
        String how =
                run.tail().evidence().word()
                        + ": ||w_T - w_inf|| <= "
                        + Numbers.sci(run.limitBound())
                        + " ("
                        + run.tail().premises()
                        + "), and over that ball "
                        + quantity
                        + " lies in ["
                        + Numbers.sci(range.lo())
                        + ", "
                        + Numbers.sci(range.hi())
                        + "] (interval enclosure)";
        if (range.lo() >= want - tolerance && range.hi() <= want + tolerance)
            return result(
                            Verdict.HOLDS,
                            last,
                            want,
                            how,
                            "the limit of "
                                    + quantity
                                    + " is within "
                                    + toleranceText
                                    + " of "
                                    + target.text())
                    .graded(run.tail().evidence());
        if (range.hi() < want - tolerance || range.lo() > want + tolerance)
            return result(
                            Verdict.FAILS,
                            last,
                            want,
                            how,
                            "the limit of "
                                    + quantity
                                    + " is farther than "
                                    + toleranceText
                                    + " from "
                                    + target.text())
                    .graded(run.tail().evidence());
        return null;
    }

    /** HOLDS when |q - want| is within tolerance and decays as a power of t, else null. */
    private ClaimResult decaying(double[][] series, double want, double floor, String against) {
        int n = series[1].length;
        double last = series[1][n - 1];
        double gap = Math.abs(last - want);
        double[][] gaps = new double[][] {series[0], new double[n]};
        for (int i = 0; i < n; i++) gaps[1][i] = Math.log(Math.abs(series[1][i] - want));
        PowerTrend trend = PowerTrend.aboveFloor(gaps, Math.log(floor));
        if (trend == null || Math.max(gap, trend.reach()) > tolerance || !trend.decays())
            return null;
        return result(
                        Verdict.HOLDS,
                        last,
                        want,
                        "trend: |" + quantity + " - " + against + "| " + trend.describe(),
                        quantity
                                + " within "
                                + Numbers.sci(gap)
                                + trend.reachNote(gap)
                                + " of "
                                + Numbers.sci(want)
                                + " and converging as a power of t")
                .graded(Evidence.TREND);
    }

    /**
     * From how far q can still move ({@link Settling}): FAILS when it settles beyond the tolerance,
     * HOLDS (when {@code holds} may) when it settles within it, else INCONCLUSIVE.
     */
    private ClaimResult settling(
            double[][] series, double want, double floor, boolean holds, String against) {
        int n = series[1].length;
        double last = series[1][n - 1];
        double gap = Math.abs(last - want);
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[] {series[1][i]};
        Settling settling = Settling.of(series[0], points, floor);
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
        if (holds && settling.settles() && gap + settling.remaining() <= tolerance) {
            return result(
                            Verdict.HOLDS,
                            last,
                            want,
                            quantity + ": " + settling.why(),
                            quantity
                                    + " settles at "
                                    + Numbers.sci(last)
                                    + " (within "
                                    + Numbers.sci(settling.remaining())
                                    + "), within "
                                    + toleranceText
                                    + " of "
                                    + against)
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
                        + ": neither seen to reach "
                        + against
                        + " nor to settle elsewhere (budget)");
    }

    private ClaimResult result(
            Verdict v, Double measured, Double predicted, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withTolerance(toleranceText)
                .withFigures(Figure.scalar(measured), Figure.scalar(predicted))
                .withError(measured == null ? null : Math.abs(measured - predicted));
    }
}
