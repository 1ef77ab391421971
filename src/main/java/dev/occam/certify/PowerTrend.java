package dev.occam.certify;

import org.hipparchus.stat.regression.SimpleRegression;

import java.util.Arrays;
import java.util.Locale;

/**
 * The power-law trend q ~ c t^slope of a quantity over the later half (in log t) of its samples, at
 * most their last 2.5 decades (an early transient, like Adam's while its second moment settles,
 * stays out of a long run's window): an ordinary least-squares line through (log t, log q*) with
 * the slope's standard error, and the same line fitted on each third of that window, where q*(t) =
 * max_{s >= t} q(s) is the upper envelope over the window: an oscillating decay (coordinate descent
 * zigzags) is judged by its peaks, which neither hides a plateau nor mistakes the zigzag for noise.
 * It is {@link Evidence#TREND} evidence: a law seen over a finite horizon, which a change after the
 * run could still break. To be harder to fool, {@link #decays()} asks for all of:
 *
 * <ul>
 *   <li>a window of at least {@value #MIN_DECADES} decades of t and {@value #MIN_SAMPLES} samples
 *       (13 samples of a run stopped at t = 20 say nothing about t -> infinity);
 *   <li>a slope below -{@value #MIN_SLOPE} by three standard errors, on the whole window and on
 *       each third (a residual levelling off at 0.785 has a slope of -0.01);
 *   <li>no flattening: the last third's slope is not shallower than the first's beyond noise and
 *       10% (a decay that flattens out heads for a positive limit, or is a log-type decay like
 *       1/log t whose local power -1/log t fades), and the last two thirds agree within noise and
 *       25% (the law is steady at the end; a first third may still be steeper or shallower, a
 *       transient).
 * </ul>
 *
 * <p>A quantity within tolerance at the last sample may still be a low point of a scattered decay
 * (a chaotic run's direction gap wanders by a factor 100 about its law). {@link #reach()} is the
 * decay's upper envelope at the window's end: every sample of the last third carried forward to it
 * along that third's slope, the largest kept. Claims compare it, not the last sample, with their
 * tolerance.
 */
public record PowerTrend(
        double slope,
        double sigma,
        int samples,
        double from,
        double to,
        double[] thirds,
        double[] thirdSigmas,
        double reach) {
    static final int MIN_SAMPLES = 12;

    /**
     * The window covers at most this factor of t at the end of the run: asymptotic laws are judged
     * where the run is most asymptotic.
     */
    static final double WINDOW = Math.pow(10, 2.5);

    static final double MIN_DECADES = 2;
    static final double MIN_SLOPE = 0.05;

    /** How much shallower than the first third the last may be, relatively, beyond noise. */
    static final double FLATTENING = 0.1;

    /** How much the last two thirds may differ, relatively, beyond noise. */
    static final double UNSTEADY = 0.25;

    /** Whether the window spans enough of the run to speak of a trend at all. */
    public boolean spansEnough() {
        return samples >= MIN_SAMPLES && Math.log10(to / from) >= MIN_DECADES;
    }

    /**
     * q -> 0 as a power of t over the window, consistently in each third (see the class comment).
     */
    public boolean decays() {
        if (!spansEnough() || !(slope + 3 * sigma < -MIN_SLOPE)) return false;
        for (int k = 0; k < 3; k++)
            if (!(thirds[k] + 3 * thirdSigmas[k] < 0) || !(thirds[k] < -MIN_SLOPE)) return false;
        return !flattens() && !unsteady();
    }

    private boolean flattens() {
        return thirds[2] - thirds[0]
                > 3 * Math.hypot(thirdSigmas[0], thirdSigmas[2]) + FLATTENING * Math.abs(thirds[0]);
    }

    private boolean unsteady() {
        return Math.abs(thirds[2] - thirds[1])
                > 3 * Math.hypot(thirdSigmas[1], thirdSigmas[2]) + UNSTEADY * Math.abs(thirds[1]);
    }

    /** Why {@link #decays()} says no, or null when it says yes. */
    public String whyNotDecaying() {
        if (samples < MIN_SAMPLES)
            return samples + " samples in the window (at least " + MIN_SAMPLES + " needed)";
        if (Math.log10(to / from) < MIN_DECADES) {
            return String.format(
                    Locale.ROOT,
                    "the window spans %.2g decades of t (at least %.0f needed)",
                    Math.log10(to / from),
                    MIN_DECADES);
        }
        if (!(slope + 3 * sigma < -MIN_SLOPE))
            return String.format(
                    Locale.ROOT, "slope %.3g ± %.2g is not below -%.2g", slope, sigma, MIN_SLOPE);
        for (int k = 0; k < 3; k++) {
            if (!(thirds[k] + 3 * thirdSigmas[k] < 0) || !(thirds[k] < -MIN_SLOPE)) {
                return String.format(
                        Locale.ROOT,
                        "the slope on third %d of the window is %.3g ± %.2g",
                        k + 1,
                        thirds[k],
                        thirdSigmas[k]);
            }
        }
        if (flattens()) {
            return String.format(
                    Locale.ROOT,
                    "the decay flattens out (slope %.3g on the first third, %.3g on the last)",
                    thirds[0],
                    thirds[2]);
        }
        if (unsteady()) {
            return String.format(
                    Locale.ROOT,
                    "the decay is not steady at the end (slope %.3g, then %.3g)",
                    thirds[1],
                    thirds[2]);
        }
        return null;
    }

    /**
     * " (its envelope at the end X)" when {@link #reach()} lies visibly (1%) above {@code last},
     * else "".
     */
    public String reachNote(double last) {
        return reach > 1.01 * last ? " (its envelope at the end " + Numbers.sci(reach) + ")" : "";
    }

    public String describe() {
        return String.format(
                Locale.ROOT,
                "power-law trend t^%.3g ± %.2g over %d samples, t in [%s, %s] (thirds: %.3g, %.3g, %.3g)",
                slope,
                sigma,
                samples,
                time(from),
                time(to),
                thirds[0],
                thirds[1],
                thirds[2]);
    }

    /**
     * A sample time as written in results: an integer up to 1e15 (iteration counts), else 3 digits
     * (log-time flows).
     */
    public static String time(double t) {
        return t < 1e15 && t == Math.floor(t) ? Long.toString((long) t) : Numbers.sci(t);
    }

    /**
     * The trend of the part of the series above a noise floor: the samples up to the last one whose
     * value exceeds {@code logFloor} (every later sample lies in the floor). A quantity that decays
     * into its floor early in a long run (a log-time flow reaching t = 1e60) is then judged on its
     * decay, not on the flat noise after it; with no sample in the floor this is {@link #of}.
     */
    public static PowerTrend aboveFloor(double[][] logSeries, double logFloor) {
        if (logSeries == null) return null;
        int last = -1;
        for (int i = 0; i < logSeries[1].length; i++) if (logSeries[1][i] > logFloor) last = i;
        if (last < 0) return null;
        return of(
                new double[][] {
                    Arrays.copyOf(logSeries[0], last + 1), Arrays.copyOf(logSeries[1], last + 1)
                });
    }

    /** Null with fewer than 6 usable samples (t >= 1, finite log q) in the later half of log t. */
    public static PowerTrend of(double[][] logSeries) {
        if (logSeries == null) return null;
        double[] t = logSeries[0], q = logSeries[1];
        double tMax = 0;
        for (int i = 0; i < t.length; i++)
            if (t[i] >= 1 && Double.isFinite(q[i])) tMax = Math.max(tMax, t[i]);
        if (tMax < 4) return null;
        double start =
                Math.max(
                        Math.sqrt(tMax),
                        tMax / WINDOW); // the later half on a log scale, at most the last 2.5
        // decades
        int n = 0;
        double first = 0, last = 0;
        double[] x = new double[t.length], y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= start && t[i] <= tMax && Double.isFinite(q[i])) {
                if (n == 0) first = t[i];
                last = t[i];
                x[n] = Math.log(t[i]);
                y[n++] = q[i];
            }
        }
        double[] samples = Arrays.copyOf(y, n);
        for (int i = n - 2; i >= 0; i--)
            y[i] = Math.max(y[i], y[i + 1]); // upper envelope from the right
        double[] all = line(x, y, 0, n);
        if (all == null || n < 6) return null;
        double[] thirds = new double[3], sigmas = new double[3];
        double width = (x[n - 1] - x[0]) / 3;
        int from = 0;
        for (int k = 0; k < 3; k++) {
            int to = from;
            while (to < n && (k == 2 || x[to] <= x[0] + (k + 1) * width)) to++;
            double[] part = line(x, y, from, to);
            thirds[k] = part == null ? Double.NaN : part[0];
            sigmas[k] = part == null ? Double.NaN : part[1];
            if (k < 2) from = to;
        }
        double reach = reach(x, samples, from, n, thirds[2]);
        return new PowerTrend(all[0], all[1], n, first, last, thirds, sigmas, reach);
    }

    /**
     * The largest of the samples q_i, i in [from, n), carried to the last t along log q = const +
     * slope log t; the last sample itself when the slope is unknown (NaN).
     */
    private static double reach(double[] logT, double[] logQ, int from, int n, double slope) {
        double end = logT[n - 1];
        double top = logQ[n - 1];
        if (!Double.isNaN(slope))
            for (int i = from; i < n; i++) top = Math.max(top, logQ[i] + slope * (end - logT[i]));
        return Math.exp(top);
    }

    /**
     * {slope, its standard error} of the least-squares line through (x_i, y_i), i in [from, to);
     * null below 3 points.
     */
    private static double[] line(double[] x, double[] y, int from, int to) {
        if (to - from < 3) return null;
        SimpleRegression fit = new SimpleRegression();
        for (int i = from; i < to; i++) fit.addData(x[i], y[i]);
        double slope = fit.getSlope(); // NaN when every x is the same
        return Double.isNaN(slope) ? null : new double[] {slope, fit.getSlopeStdErr()};
    }
}
