package dev.occam.certify;

import dev.occam.algorithm.Trajectory;

import java.util.Locale;

/**
 * An {@link Evidence#ESTIMATE} of ||w_T - w_inf|| from the step lengths s_k = ||w_{k+1} - w_k||,
 * for runs whose future nothing proves. It extrapolates: it assumes the steps keep contracting
 * geometrically as they did, which is no bound under polynomial decay (steps like k^-1.5 would be
 * underestimated several times) or when a slow mode hides under the rounding floor. So it refuses
 * what does not look geometric:
 *
 * <ul>
 *   <li>at least {@value #MIN_STEPS} steps above the rounding floor;
 *   <li>over the last half of those steps the step length fell by at least {@value #MIN_DROP}x
 *       (geometric decay falls by many decades there, a power law k^-p by only 2^p);
 *   <li>the per-iteration contractions between consecutive quarters of that half (ratios of the
 *       quarters' maxima, which tolerate the oscillation of momentum methods) are below 1 and the
 *       three agree within a factor {@value #MAX_SPREAD} in -log r (a decay that slows down is
 *       refused).
 * </ul>
 *
 * The slowest of the three contractions r then gives 2 m r/(1 - r), m the geometric envelope at the
 * last step above the floor (the factor 2 a safety margin for a rate still settling), plus the
 * steps taken in the floor and the floor itself scaled by 1/(1 - r).
 */
public final class WindowContraction {
    static final int MIN_STEPS = 64;
    static final double MIN_DROP = 1e3;
    static final double MAX_SPREAD = 1.5;

    private WindowContraction() {}

    public static TailBound of(Trajectory run) {
        double[] s = run.stepNorms();
        double floor = run.floorStep();
        int last = s.length - 1;
        while (last >= 0 && s[last] <= floor) last--;
        double noise = 0;
        for (int k = last + 1; k < s.length; k++) noise += s[k];
        if (last + 1 < MIN_STEPS) {
            return TailBound.none(
                    "too few steps above the rounding floor ("
                            + (last + 1)
                            + " < "
                            + MIN_STEPS
                            + ") to estimate a contraction");
        }
        int quarter = (last + 1) / 8;
        int first = last + 1 - 4 * quarter;
        double[] maxima = new double[4];
        for (int j = 0; j < 4; j++)
            maxima[j] = max(s, first + j * quarter, first + (j + 1) * quarter);
        double drop = maxima[0] / maxima[3];
        if (!(drop >= MIN_DROP)) {
            return TailBound.none(
                    String.format(
                            Locale.ROOT,
                            "the steps fell only %.3gx over iterations %d..%d (a geometric "
                                    + "contraction falls by at least %.0gx there): their decay is not geometric, and extrapolating it is no bound",
                            drop,
                            first,
                            last,
                            MIN_DROP));
        }
        double slowest = Double.POSITIVE_INFINITY, fastest = 0; // -log r per iteration
        for (int j = 0; j < 3; j++) {
            double decay = Math.log(maxima[j] / maxima[j + 1]) / quarter;
            slowest = Math.min(slowest, decay);
            fastest = Math.max(fastest, decay);
        }
        if (!(slowest > 0) || fastest > MAX_SPREAD * slowest) {
            return TailBound.none(
                    String.format(
                            Locale.ROOT,
                            "the contraction per iteration changes over iterations %d..%d "
                                    + "(-log r between %.3g and %.3g): not a steady geometric decay, so it cannot be extrapolated",
                            first,
                            last,
                            slowest,
                            fastest));
        }
        double r = Math.exp(-slowest);
        double envelope = 0;
        for (int k = first + 3 * quarter; k <= last; k++)
            envelope = Math.max(envelope, s[k] * Math.pow(r, last - k));
        double bound = 2 * envelope * r / (1 - r) + noise + floor / (1 - r);
        return new TailBound(
                bound,
                Evidence.ESTIMATE,
                String.format(
                        Locale.ROOT,
                        "estimate: steps contracted geometrically over iterations %d..%d (fell %.3gx; r = %.6g per iteration, the slowest "
                                + "of three windows), extrapolated as 2 m r/(1-r) + rounding floor; nothing proves the run keeps contracting",
                        first,
                        last,
                        drop,
                        r));
    }

    private static double max(double[] s, int from, int to) {
        double m = 0;
        for (int k = from; k < to; k++) m = Math.max(m, s[k]);
        return m;
    }
}
