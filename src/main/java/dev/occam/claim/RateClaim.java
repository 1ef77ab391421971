package dev.occam.claim;

import dev.occam.certify.CompiledLaw;
import dev.occam.certify.Evidence;
import dev.occam.certify.LawFit;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Constants;
import dev.occam.result.Figure.Estimate;
import dev.occam.result.Figure.Fitted;
import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Series;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A named quantity follows a law, e.g. distance ~ c r^t. The law is fitted on the asymptotic part
 * of the run (the later 80% of the samples above the rounding floor); expected constants are
 * compared with the fit: a contraction factor r by its rate -log r (relative tolerance, since r
 * itself is close to 1 for slow runs), any other constant relatively. Too few samples or a law that
 * does not fit is INCONCLUSIVE: RMS of log residuals above 0.25, or above 5% of the spread
 * (standard deviation) of log q over the window. The relative test matters: over a window [0.2 T,
 * T] a straight line in log q fits 1/t to an RMS of 0.09, but leaves 20% of its spread.
 *
 * <p>A fit is {@link Evidence#TREND} evidence, and is refused where it can mislead: constants the
 * data determine only in combination (a*b/t: {@link LawFit.Fit#identifiable()}); and a constant
 * that drifts between the window's two halves by more than the tolerance, which is a transient
 * fitted as a limit ((log t)^-2 fitted as c t^a drifts from a = -0.16 to -0.15 over one decade).
 * HOLDS needs every expected constant within tolerance on the whole window and on each half, FAILS
 * needs it outside on all three and no closer to the prediction than a decade earlier (a fit on
 * [0.02 T, 0.1 T]), where a constant converging like 1/log t is still farther away.
 *
 * @param expected constant name to a number, or to "predicted-contraction"
 */
public record RateClaim(
        String quantity,
        CompiledLaw law,
        Map<String, ExpectedConstant> expected,
        double tolerance,
        String toleranceText)
        implements Claim {
    static final String PREDICTED_CONTRACTION = "predicted-contraction";

    /**
     * Constants theory predicts: the contraction of linear convergence, and SHN+18's constants
     * (Geometry).
     */
    public static final List<String> PREDICTED =
            List.of(
                    PREDICTED_CONTRACTION,
                    "max-margin-norm",
                    "loss-constant",
                    "norm-offset",
                    "direction-constant");

    private static final int MIN_SAMPLES = 5;
    private static final double MAX_RMS_LOG = 0.25;
    private static final double MAX_RELATIVE_RMS = 0.05;

    /** A number, or a name of a value theory predicts for the run. */
    public record ExpectedConstant(double value, String predicted) {}

    @Override
    public String kind() {
        return "rate";
    }

    @Override
    public Map<String, Supplier<Map<String, String>>> renderings() {
        return Map.of("rate law of " + quantity, law.formula()::rendered);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        double[][] data = window(run);
        if (data == null)
            return inconclusive(
                    "fewer than "
                            + MIN_SAMPLES
                            + " samples of "
                            + quantity
                            + " above the rounding floor");
        LawFit.Fit fit = LawFit.fit(law, data[0], data[1]);
        if (fit == null) return inconclusive("the law " + law.text() + " could not be fitted");
        Map<String, Estimate> constants = new LinkedHashMap<>();
        for (int j = 0; j < fit.names().size(); j++)
            constants.put(fit.names().get(j), new Estimate(fit.values()[j], fit.sigmas()[j]));
        Fitted measured = new Fitted(constants);
        String how =
                String.format(
                        Locale.ROOT,
                        "trend: least-squares fit of log %s to log(%s) over %d samples, t in [%s, %s], RMS log residual %.2g",
                        quantity,
                        law.text(),
                        data[0].length,
                        PowerTrend.time(data[0][0]),
                        PowerTrend.time(data[0][data[0].length - 1]),
                        fit.rmsLog());
        double spread = logSpread(data[1]);
        if (fit.rmsLog() > MAX_RMS_LOG || fit.rmsLog() > MAX_RELATIVE_RMS * spread) {
            return inconclusive(
                    measured,
                    how,
                    "the law does not describe the run (RMS log residual "
                            + Numbers.sci(fit.rmsLog())
                            + ", spread of log "
                            + quantity
                            + " "
                            + Numbers.sci(spread)
                            + ")");
        }
        if (!fit.identifiable()) {
            return inconclusive(
                    measured,
                    how,
                    "the data determine only a combination of the constants "
                            + fit.names()
                            + " (Jacobian conditioning "
                            + Numbers.sci(fit.conditioning())
                            + "): each fitted value is one arbitrary split");
        }
        // the same law on each half of the window: a constant that drifts between them is a
        // transient, not a limit
        int half = data[0].length / 2;
        LawFit.Fit early =
                half >= MIN_SAMPLES
                        ? LawFit.fit(law, slice(data[0], 0, half), slice(data[1], 0, half))
                        : null;
        LawFit.Fit late =
                half >= MIN_SAMPLES
                        ? LawFit.fit(
                                law,
                                slice(data[0], half, data[0].length),
                                slice(data[1], half, data[0].length))
                        : null;
        if (early == null || late == null)
            return inconclusive(
                    measured, how, "too few samples to fit the law on both halves of the window");
        // the same law a decade earlier: a failure must not be a constant still on its way to the
        // prediction
        double[][] before = window(run, 0.02, 0.1);
        LawFit.Fit earlier = before == null ? null : LawFit.fit(law, before[0], before[1]);
        Map<String, Double> predicted = new LinkedHashMap<>();
        double worst = 0, best = Double.POSITIVE_INFINITY, approach = Double.NEGATIVE_INFINITY;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, ExpectedConstant> e : expected.entrySet()) {
            String name = e.getValue().predicted();
            double want =
                    name == null
                            ? e.getValue().value()
                            : name.equals(PREDICTED_CONTRACTION)
                                    ? run.proved()
                                    : Geometry.constant(name, run);
            if (Double.isNaN(want))
                return inconclusive("theory gives no " + name + " for " + run.algorithm().kind());
            boolean asRate = PREDICTED_CONTRACTION.equals(name) && want > 0 && want < 1;
            double[] deviations = {
                deviation(fit.get(e.getKey()), want, asRate),
                deviation(early.get(e.getKey()), want, asRate),
                deviation(late.get(e.getKey()), want, asRate)
            };
            double drift = deviation(early.get(e.getKey()), late.get(e.getKey()), asRate);
            if (drift > tolerance) {
                return inconclusive(
                        measured,
                        how,
                        String.format(
                                Locale.ROOT,
                                "%s drifts across the window: %.6g on its first half, "
                                        + "%.6g on its second (%s%% apart, tolerance %s): the asymptotic value is not reached",
                                e.getKey(),
                                early.get(e.getKey()),
                                late.get(e.getKey()),
                                Numbers.sci(100 * drift),
                                toleranceText));
            }
            if (earlier != null)
                approach =
                        Math.max(
                                approach,
                                deviation(earlier.get(e.getKey()), want, asRate) - deviations[0]);
            worst =
                    Math.max(
                            worst, Math.max(deviations[0], Math.max(deviations[1], deviations[2])));
            best = Math.min(best, Math.min(deviations[0], Math.min(deviations[1], deviations[2])));
            predicted.put(e.getKey(), want);
            notes.add(
                    e.getKey()
                            + (asRate ? ": rate -log r " : ": ")
                            + "off by "
                            + Numbers.sci(100 * deviations[0])
                            + "%");
        }
        Verdict v;
        String msg;
        if (expected.isEmpty()) {
            v = Verdict.HOLDS;
            msg = "the law fits, with the same constants on both halves of the window";
        } else if (worst <= tolerance) {
            v = Verdict.HOLDS;
            msg =
                    String.join("; ", notes)
                            + " (tolerance "
                            + toleranceText
                            + ", on the whole window and on each half)";
        } else if (best > tolerance && (earlier == null || approach > tolerance / 2)) {
            return inconclusive(
                    measured,
                    how,
                    String.join("; ", notes)
                            + ": outside tolerance "
                            + toleranceText
                            + ", but "
                            + (earlier == null
                                    ? "the run is too short to fit the law a decade earlier and see that the constant is not still moving"
                                    : "a decade earlier the constant was farther from the prediction by "
                                            + Numbers.sci(100 * approach)
                                            + "%: it may still be on its way there (a transient fitted as a limit)"));
        } else if (best > tolerance) {
            v = Verdict.FAILS;
            msg =
                    String.join("; ", notes)
                            + " (tolerance "
                            + toleranceText
                            + ", on the whole window and on each half)";
        } else {
            return inconclusive(
                    measured,
                    how,
                    String.join("; ", notes)
                            + ": within tolerance "
                            + toleranceText
                            + " on part of the window only");
        }
        return ClaimResult.of(kind(), v, how, msg)
                .withFigures(measured, predicted.isEmpty() ? null : new Constants(predicted))
                .withError(worst)
                .withTolerance(toleranceText)
                .graded(Evidence.TREND);
    }

    /** Relative deviation of a constant, or of a contraction's rate -log r. */
    private static double deviation(double got, double want, boolean asRate) {
        return asRate ? Math.abs(Math.log(got) / Math.log(want) - 1) : Math.abs(got / want - 1);
    }

    private static double[] slice(double[] a, int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }

    /** The fitted law over the fit window, for plots; null when there is no fit. */
    @Override
    public Series curve(PointRun run) {
        double[][] data = window(run);
        if (data == null) return null;
        LawFit.Fit fit = LawFit.fit(law, data[0], data[1]);
        if (fit == null) return null;
        double[] y = new double[data[0].length];
        double[] args = new double[fit.values().length + 1];
        System.arraycopy(fit.values(), 0, args, 1, fit.values().length);
        var f = law.value();
        for (int i = 0; i < y.length; i++) {
            args[0] = data[0][i];
            y[i] = f.value(args);
        }
        return new Series(Role.fit(Panel.of(quantity)), new Legend.Fit(law.text()), data[0], y);
    }

    /** t and quantity over the asymptotic window, or null with too few samples. */
    private double[][] window(PointRun run) {
        return window(run, 0.2, 1);
    }

    /**
     * t and quantity over [from T, to T], T the last sample above the rounding floor, or null with
     * too few samples.
     */
    private double[][] window(PointRun run, double from, double to) {
        double[][] all = Quantities.logSeries(quantity, run);
        if (all == null) return null;
        double floor = Math.log(Quantities.floor(quantity, run));
        int n = 0;
        double tMax = 0;
        for (int i = 0; i < all[0].length; i++) if (all[1][i] > floor) tMax = all[0][i];
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < all[0].length; i++) {
            if (all[1][i] > floor && all[0][i] >= from * tMax && all[0][i] <= to * tMax)
                keep.add(new double[] {all[0][i], all[1][i]});
        }
        if (keep.size() < MIN_SAMPLES) return null;
        double[][] out = new double[2][keep.size()];
        for (double[] p : keep) {
            out[0][n] = p[0];
            out[1][n++] = p[1];
        }
        return out;
    }

    /** Standard deviation of the (already logged) values. */
    private static double logSpread(double[] logQ) {
        double mean = 0;
        for (double v : logQ) mean += v / logQ.length;
        double ss = 0;
        for (double v : logQ) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / logQ.length);
    }

    private ClaimResult inconclusive(String why) {
        return inconclusive(null, null, why);
    }

    private ClaimResult inconclusive(Fitted measured, String how, String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, how, why)
                .withFigures(measured, null)
                .withTolerance(toleranceText);
    }
}
