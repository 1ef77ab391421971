package dev.occam.check;

import dev.occam.algorithm.Trajectory;
import java.util.Locale;

/**
 * An a posteriori bound on ||w_T - w_inf||, the distance from the last iterate to the run's own
 * limit, from the geometric decay of the step lengths ||w_{t+1} - w_t||.
 *
 * <p>Over the last window of steps above the rounding floor, the contraction r is measured as the
 * ratio of the step-length maxima of the window's two halves, per iteration (robust to the
 * oscillation of momentum methods), and raised to any contraction proved for the method. With the
 * envelope m = max_k s_k r^(T-k) over the later half, the exact-arithmetic tail is at most m r / (1 - r);
 * the steps taken after that in the rounding floor are added, and the floor itself scaled by
 * 1/(1 - r). A run whose steps do not contract (r >= 1) or that has too few steps gets an
 * infinite bound: its limit claim can only be INCONCLUSIVE.
 */
public record TailBound(double bound, double contraction, long from, long to, String method) {
    private static final int MIN_WINDOW = 8;

    public boolean finite() {
        return Double.isFinite(bound);
    }

    /**
     * @param proved a contraction factor known from theory for this method and problem, or NaN
     */
    public static TailBound of(Trajectory run, double proved) {
        double[] s = run.stepNorms();
        double floor = run.floorStep();
        int last = s.length - 1;
        while (last >= 0 && s[last] <= floor) last--;
        double noise = 0;
        for (int k = last + 1; k < s.length; k++) noise += s[k];
        if (last < 0) {
            // every step is rounding noise: the start already was a fixed point
            return new TailBound(noise + floor, 0, 0, 0, "every step lies in the rounding floor");
        }
        int window = Math.max(MIN_WINDOW, Math.min(last / 5, 20_000)) & ~1;
        int first = last - window + 1;
        if (first < 0) {
            return new TailBound(Double.POSITIVE_INFINITY, Double.NaN, 0, last,
                    "too few steps above the rounding floor (" + (last + 1) + ") to measure a contraction");
        }
        int half = window / 2;
        double earlier = max(s, first, first + half), later = max(s, first + half, last + 1);
        double measured = Math.pow(later / earlier, 1.0 / half);
        double r = Double.isNaN(proved) ? measured : Math.max(measured, proved);
        if (!(r < 1)) {
            return new TailBound(Double.POSITIVE_INFINITY, r, first, last, String.format(Locale.ROOT,
                    "steps do not contract over iterations %d..%d (r = %.6f)", first, last, r));
        }
        double envelope = 0; // the geometric envelope at the last step above the floor
        for (int k = first + half; k <= last; k++) envelope = Math.max(envelope, s[k] * Math.pow(r, last - k));
        double bound = envelope * r / (1 - r) + noise + floor / (1 - r);
        String how = String.format(Locale.ROOT,
                "a posteriori tail bound m r/(1-r) + rounding floor, r = %.6g = %s over iterations %d..%d%s",
                r, Double.isNaN(proved) || measured >= proved ? "measured geometric contraction of step lengths"
                        : "proved contraction (spectrum)", first, last,
                Double.isNaN(proved) ? "" : String.format(Locale.ROOT, " (measured %.6g, proved %.6g)", measured, proved));
        return new TailBound(bound, r, first, last, how);
    }

    private static double max(double[] s, int from, int to) {
        double m = 0;
        for (int k = from; k < to; k++) m = Math.max(m, s[k]);
        return m;
    }
}
