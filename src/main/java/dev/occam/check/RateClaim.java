package dev.occam.check;

import dev.occam.symbolic.Formula;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named quantity follows a law, e.g. distance ~ c r^t. The law is fitted on the asymptotic part
 * of the run (the later 80% of the samples above the rounding floor); expected constants are
 * compared with the fit: a contraction factor r by its rate -log r (relative tolerance, since r
 * itself is close to 1 for slow runs), any other constant relatively. Too few samples or a law
 * that does not fit is INCONCLUSIVE: RMS of log residuals above 0.25, or above 5% of the spread
 * (standard deviation) of log q over the window. The relative test matters: over a window
 * [0.2 T, T] a straight line in log q fits 1/t to an RMS of 0.09, but leaves 20% of its spread.
 *
 * @param expected constant name to a number, or to "predicted-contraction"
 */
record RateClaim(String quantity, Formula law, Map<String, ExpectedConstant> expected, double tolerance,
                 String toleranceText) implements Claim {
    static final String PREDICTED_CONTRACTION = "predicted-contraction";
    /** Constants theory predicts: the contraction of linear convergence, and SHN+18's constants (Geometry). */
    static final java.util.List<String> PREDICTED = java.util.List.of(PREDICTED_CONTRACTION, "max-margin-norm",
            "loss-constant", "norm-offset", "direction-constant");
    private static final int MIN_SAMPLES = 5;
    private static final double MAX_RMS_LOG = 0.25;
    private static final double MAX_RELATIVE_RMS = 0.05;

    /** A number, or a name of a value theory predicts for the run. */
    record ExpectedConstant(double value, String predicted) {
    }

    @Override
    public String kind() {
        return "rate";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        double[][] data = window(run);
        if (data == null) return inconclusive("fewer than " + MIN_SAMPLES + " samples of " + quantity + " above the rounding floor");
        LawFit.Fit fit = LawFit.fit(law, data[0], data[1]);
        if (fit == null) return inconclusive("the law " + law.text() + " could not be fitted");
        Map<String, String> measured = new LinkedHashMap<>();
        for (int j = 0; j < fit.names().size(); j++) {
            measured.put(fit.names().get(j), String.format(Locale.ROOT, "%.8g ± %.2g", fit.values()[j], fit.sigmas()[j]));
        }
        Map<String, String> predicted = new LinkedHashMap<>();
        double worst = 0;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, ExpectedConstant> e : expected.entrySet()) {
            String name = e.getValue().predicted();
            double want = name == null ? e.getValue().value()
                    : name.equals(PREDICTED_CONTRACTION) ? run.proved() : Geometry.constant(name, run);
            if (Double.isNaN(want)) return inconclusive("theory gives no " + name + " for " + run.algorithm().kind());
            double got = fit.get(e.getKey());
            boolean asRate = PREDICTED_CONTRACTION.equals(name) && want > 0 && want < 1;
            double deviation = asRate ? Math.abs(Math.log(got) / Math.log(want) - 1) : Math.abs(got / want - 1);
            worst = Math.max(worst, deviation);
            predicted.put(e.getKey(), String.format(Locale.ROOT, "%.8g", want));
            notes.add(e.getKey() + (asRate ? ": rate -log r " : ": ") + "off by " + Numbers.sci(100 * deviation) + "%");
        }
        String how = String.format(Locale.ROOT, "least-squares fit of log %s to log(%s) over %d samples, t in [%s, %s], RMS log residual %.2g",
                quantity, law.text(), data[0].length, PowerTrend.time(data[0][0]), PowerTrend.time(data[0][data[0].length - 1]), fit.rmsLog());
        Verdict v;
        String msg;
        double spread = logSpread(data[1]);
        if (fit.rmsLog() > MAX_RMS_LOG || fit.rmsLog() > MAX_RELATIVE_RMS * spread) {
            v = Verdict.INCONCLUSIVE;
            msg = "the law does not describe the run (RMS log residual " + Numbers.sci(fit.rmsLog())
                    + ", spread of log " + quantity + " " + Numbers.sci(spread) + ")";
        } else if (expected.isEmpty()) {
            v = Verdict.HOLDS;
            msg = "the law fits";
        } else {
            v = worst <= tolerance ? Verdict.HOLDS : Verdict.FAILS;
            msg = String.join("; ", notes) + " (tolerance " + toleranceText + ")";
        }
        return new ClaimResult(kind(), v, measured, predicted.isEmpty() ? null : predicted, Numbers.sci(worst), null,
                toleranceText, how, msg);
    }

    /** The fitted law over the fit window, for plots; null when there is no fit. */
    Series curve(PointRun run) {
        double[][] data = window(run);
        if (data == null) return null;
        LawFit.Fit fit = LawFit.fit(law, data[0], data[1]);
        if (fit == null) return null;
        double[] y = new double[data[0].length];
        double[] args = new double[fit.values().length + 1];
        System.arraycopy(fit.values(), 0, args, 1, fit.values().length);
        var f = law.compile();
        for (int i = 0; i < y.length; i++) {
            args[0] = data[0][i];
            y[i] = f.value(args);
        }
        return new Series("fit:" + quantity, "fit " + law.text(), data[0], y);
    }

    /** t and quantity over the asymptotic window, or null with too few samples. */
    private double[][] window(PointRun run) {
        double[][] all = Quantities.logSeries(quantity, run);
        if (all == null) return null;
        double floor = Math.log(Quantities.floor(quantity, run));
        int n = 0;
        double tMax = 0;
        for (int i = 0; i < all[0].length; i++) if (all[1][i] > floor) tMax = all[0][i];
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < all[0].length; i++) {
            if (all[1][i] > floor && all[0][i] >= 0.2 * tMax && all[0][i] <= tMax) keep.add(new double[] {all[0][i], all[1][i]});
        }
        if (keep.size() < MIN_SAMPLES) return null;
        double[][] out = new double[2][keep.size()];
        for (double[] p : keep) {
            out[0][n] = p[0];
            out[1][n++] = p[1];
        }
        return out;
    }

    /** Standard deviation of log q. */
    /** Standard deviation of the (already logged) values. */
    private static double logSpread(double[] logQ) {
        double mean = 0;
        for (double v : logQ) mean += v / logQ.length;
        double ss = 0;
        for (double v : logQ) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / logQ.length);
    }

    private ClaimResult inconclusive(String why) {
        return new ClaimResult(kind(), Verdict.INCONCLUSIVE, null, null, null, null, toleranceText, null, why);
    }

}
