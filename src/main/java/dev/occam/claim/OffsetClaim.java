package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.certify.Settling;
import dev.occam.numeric.Vec;
import dev.occam.result.ClaimResult;
import dev.occam.result.Decimals;
import dev.occam.result.Figure;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.hipparchus.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SHN+18's sharp form: w(t) - w_hat log t converges. Times are the samples' {@link
 * Trajectory.Sample#time()} (flow time e^s for a log-time flow). Every verdict here is {@link
 * Evidence#TREND} evidence: a law seen over the run's horizon.
 *
 * <p><b>With a predicted offset</b> ({@code max-margin-offset}): the offset residual r(t) = ||w_t -
 * w_hat log t - w~||. HOLDS when r_T plus the run's own error estimate (a flow's re-integration
 * difference) is within the tolerance and r(t) decays as a power of t, certified by the fitted
 * trend ({@link PowerTrend#decays()}) over the samples above the residual's noise floor ({@link
 * #floor}): a log-time flow reaches that floor around t = 1e12 and then follows it flat to t =
 * 1e60, and fitting the flat part would hide the decay. Otherwise INCONCLUSIVE: a residual that
 * rises over a finite run is no counterexample, since slow modes of sum_S alpha_n z_n z_n^T make it
 * rise before it converges (seen on random 30x5 data).
 *
 * <p><b>With the max-margin direction only</b> ({@code max-margin}, l2: no w~ predicted, e.g.
 * because a support vector has alpha_n = 0): the drift D(t) = w_t - w_hat log t.
 *
 * <ul>
 *   <li>FAILS when rho(t) = ||D(t)|| certifiably grows like log log t: over the later half (in x =
 *       log log t) of the samples with t >= e, the least-squares line rho = a + b x has b > 3
 *       sigma_b (growth, not noise), the slope on the second half of that window is at least 0.8
 *       times the slope on the first (the growth does not slow down on the log log scale: a bounded
 *       rho tending to its limit like 1/log t has slopes in x proportional to 1/log t, whose ratio
 *       over the two halves of [1.3e5, 1e60] is about 0.3), and the rise b (x_T - x_0) exceeds both
 *       the tolerance and the noise floor. Like every fitted trend this certifies a law over the
 *       run's horizon, not beyond it: a convergence as slow as (log t)^-0.2 cannot be told from log
 *       log t at t = 1e60. The horizon is what a log-time flow makes long (t = 1e60 is x = 4.93, a
 *       rise of 2.5 in the window for a unit slope).
 *   <li>HOLDS when D(t) converges: {@link Settling} sees its speed ||dD / d log t|| decay as a
 *       consistent power of t, so what D can still move, about speed / |p|, is finite, and that
 *       estimate is within the tolerance. The limit w_T - w_hat log T is reported, not compared
 *       (nothing predicts it). A log log t drift has speed ~ 1/log t, a power slope of only -1/log
 *       t: it never passes this test.
 * </ul>
 *
 * The test compares with w_hat log t, the gradient-descent / gradient-flow form: use it with the l2
 * max margin.
 */
public record OffsetClaim(double tolerance, String toleranceText) implements Claim {
    private static final int MIN_SAMPLES = 6;

    /** The later half's slope in log log t must keep this fraction of the earlier half's. */
    private static final double SLOWING = 0.8;

    @Override
    public String kind() {
        return "offset";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null)
            return result(Verdict.INCONCLUSIVE, null, null, run.unmetPrecondition());
        Geometry g = Geometry.of(run);
        if (g == null)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    null,
                    "the offset needs a classification run and a max-margin prediction");
        return g.offset() != null ? sharp(run) : drift(run, g);
    }

    /**
     * Below this the offset residual of the run is noise: 10 x the larger of the rounding of the
     * last iterate (16 eps max(1, ||w_T||)) and, for a flow, the ODE global error estimated by
     * re-integration; without such an estimate, 10 x the run's precision floor ({@link
     * Quantities#floor}, which for flows is a conservative step-noise level).
     */
    static double floor(PointRun run) {
        if (!(run.extraError() > 0)) return Quantities.floor("offset-residual", run);
        Vec last = run.trajectory().last();
        double rounding =
                16 * run.tier().epsilon() * Math.max(1, Math.sqrt(last.dot(last).doubleValue()));
        return 10 * Math.max(rounding, run.extraError());
    }

    /**
     * The power-law trend of the offset residual above its floor; null without w~, with too few
     * samples, or for a method SHN+18's form w(t) = w_hat log t + w~ + o(1) is not about (a
     * residual of coordinate descent that falls for a while as w_hat log t + w~ sweeps past its
     * iterates says nothing about its direction).
     */
    static PowerTrend offsetTrend(PointRun run) {
        if (!run.algorithm().shnFamily()) return null;
        double[][] series = Quantities.logSeries("offset-residual", run);
        return series == null ? null : PowerTrend.aboveFloor(series, Math.log(floor(run)));
    }

    private ClaimResult sharp(PointRun run) {
        double[][] series = Quantities.logSeries("offset-residual", run);
        double last = Math.exp(series[1][series[1].length - 1]);
        double bound = last + run.extraError();
        double floor = floor(run);
        PowerTrend trend = offsetTrend(run);
        if (trend == null)
            return result(
                    Verdict.INCONCLUSIVE,
                    last,
                    null,
                    "too few samples above the noise floor "
                            + Numbers.sci(floor)
                            + " to see the offset residual's trend");
        String how =
                trend.describe()
                        + (trend.to() < series[0][series[0].length - 1]
                                ? "; above the noise floor "
                                        + Numbers.sci(floor)
                                        + ", reached at t = "
                                        + PowerTrend.time(trend.to())
                                        + " and not left up to t = "
                                        + PowerTrend.time(series[0][series[0].length - 1])
                                : "")
                        + (run.extraError() > 0
                                ? "; ODE global error estimate "
                                        + Numbers.sci(run.extraError())
                                        + " (re-integration)"
                                : "");
        if (Math.max(bound, trend.reach()) <= tolerance && trend.decays()) {
            if (tolerance < floor) {
                return result(
                        Verdict.INCONCLUSIVE,
                        last,
                        how,
                        "precision floor: tolerance "
                                + toleranceText
                                + " is below the residual's noise floor "
                                + Numbers.sci(floor));
            }
            return result(
                            Verdict.HOLDS,
                            last,
                            "trend: " + how,
                            "w(t) - w_hat log t -> w~: residual "
                                    + Numbers.sci(last)
                                    + (run.extraError() > 0
                                            ? " (+ ODE error " + Numbers.sci(run.extraError()) + ")"
                                            : "")
                                    + trend.reachNote(bound)
                                    + " and decaying")
                    .graded(Evidence.TREND);
        }
        return result(
                Verdict.INCONCLUSIVE,
                last,
                how,
                "residual "
                        + Numbers.sci(bound)
                        + " (tolerance "
                        + toleranceText
                        + "): "
                        + (trend.decays()
                                ? "still decaying"
                                        + trend.reachNote(bound)
                                        + "; run longer (budget)"
                                : "not seen to decay: "
                                        + trend.whyNotDecaying()
                                        + " (a residual rising over a finite run is no counterexample either:"
                                        + " slow modes of the support's Gram matrix make it rise before it converges)"));
    }

    private ClaimResult drift(PointRun run, Geometry g) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        List<Double> times = new ArrayList<>();
        List<Vec> drifts = new ArrayList<>();
        for (Trajectory.Sample s : samples) {
            if (s.time() >= 1) {
                times.add(s.time());
                drifts.add(g.drift(s.iterate(), s.time()));
            }
        }
        if (times.size() < 2)
            return driftResult(Verdict.INCONCLUSIVE, null, null, "too few samples");
        Vec lastDrift = drifts.get(drifts.size() - 1);
        double last = Math.sqrt(lastDrift.dot(lastDrift).doubleValue());
        double floor = floor(run);
        LogLog growth = logLog(times, drifts);
        if (growth != null && growth.grows(Math.max(tolerance, floor))) {
            return driftResult(
                            Verdict.FAILS,
                            last,
                            "trend: " + growth.describe(),
                            "||w(t) - w_hat log t|| grows like log log t (slope "
                                    + String.format(Locale.ROOT, "%.3g", growth.slope)
                                    + " per unit of log log t, reaching "
                                    + Numbers.sci(last)
                                    + " at t = "
                                    + PowerTrend.time(times.get(times.size() - 1))
                                    + "): w(t) - w_hat log t has no limit, no offset w~ exists")
                    .graded(Evidence.TREND);
        }
        String limit =
                "w_T - w_hat log T = "
                        + Decimals.vector(lastDrift.decimals(), Math.max(floor, 1e-30));
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] points = drifts.stream().map(Vec::toDoubleArray).toArray(double[][]::new);
        Settling settling = Settling.of(t, points, floor);
        String how = "D(t) = w_t - w_hat log t: " + settling.why();
        if (settling.settles() && settling.remaining() <= tolerance) {
            return driftResult(
                            Verdict.HOLDS,
                            last,
                            how,
                            "trend: w(t) - w_hat log t converges (no w~ predicted; " + limit + ")")
                    .graded(Evidence.TREND);
        }
        if (settling.settles()) {
            return driftResult(
                    Verdict.INCONCLUSIVE,
                    last,
                    how,
                    "w(t) - w_hat log t converges, but only to within "
                            + Numbers.sci(settling.remaining())
                            + " (tolerance "
                            + toleranceText
                            + "; budget)");
        }
        return driftResult(
                Verdict.INCONCLUSIVE,
                last,
                (growth == null ? "" : growth.describe() + "; ") + how,
                "||w(t) - w_hat log t|| = "
                        + Numbers.sci(last)
                        + ": neither seen to converge nor to grow (budget)");
    }

    /**
     * rho = a + b log log t over the later half in log log t, with the slopes of the window's two
     * halves.
     */
    private record LogLog(
            double slope,
            double sigma,
            double early,
            double late,
            double rise,
            int samples,
            double from,
            double to) {
        boolean grows(double threshold) {
            return slope - 3 * sigma > 0 && late >= SLOWING * early && rise > threshold;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "least-squares line ||w_t - w_hat log t|| = a + b log log t over %d samples, t in [%s, %s]: "
                            + "b = %.4g ± %.2g (first half %.4g, second half %.4g), rise %.3g",
                    samples,
                    PowerTrend.time(from),
                    PowerTrend.time(to),
                    slope,
                    sigma,
                    early,
                    late,
                    rise);
        }
    }

    private static LogLog logLog(List<Double> times, List<Vec> drifts) {
        double tMax = times.get(times.size() - 1);
        if (!(tMax > Math.E)) return null;
        double xMax = Math.log(Math.log(tMax));
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            double ti = times.get(i);
            if (ti <= Math.E) continue;
            double x = Math.log(Math.log(ti));
            if (x >= xMax / 2)
                pts.add(
                        new double[] {
                            x, Math.sqrt(drifts.get(i).dot(drifts.get(i)).doubleValue())
                        });
        }
        if (pts.size() < 2 * MIN_SAMPLES) return null;
        double[] all = line(pts);
        double mid = (pts.get(0)[0] + xMax) / 2;
        double[] early = line(pts.stream().filter(p -> p[0] < mid).toList());
        double[] late = line(pts.stream().filter(p -> p[0] >= mid).toList());
        if (early == null || late == null) return null;
        double rise = all[0] * (xMax - pts.get(0)[0]);
        return new LogLog(
                all[0],
                all[1],
                early[0],
                late[0],
                rise,
                pts.size(),
                Math.exp(Math.exp(pts.get(0)[0])),
                tMax);
    }

    /**
     * {slope, standard error of the slope} of the least-squares line through the points; null with
     * fewer than 3.
     */
    private static double[] line(List<double[]> pts) {
        if (pts.size() < 3) return null;
        SimpleRegression fit = new SimpleRegression();
        for (double[] p : pts) fit.addData(p[0], p[1]);
        if (!(fit.getXSumSquares() > 0)) return null;
        return new double[] {fit.getSlope(), fit.getSlopeStdErr()};
    }

    /** Without w~ the measured figure is ||w_T - w_hat log T||, with nothing predicted for it. */
    private ClaimResult driftResult(Verdict v, Double drift, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(Figure.scalar(drift), null)
                .withTolerance(toleranceText);
    }

    private ClaimResult result(Verdict v, Double residual, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(Figure.scalar(residual), new Scalar(0))
                .withError(residual)
                .withTolerance(toleranceText);
    }
}
