package dev.occam.problem;

import dev.occam.numeric.Interval;

/**
 * A classifier's per-point margins q_n(w) = y_n f(w; x_n), for homogeneous-model arguments (Lyu and
 * Li 2020): normalized and smoothed margins, and the KKT test of a limit direction, whose features
 * are the margin gradients. {@link Problem#marginModel()} offers it. A linear classifier is the
 * case q_n(w) = z_n . w, homogeneous of order 1.
 */
public interface MarginModel {
    int points();

    int dimension();

    /**
     * The order L of homogeneity, q_n(c w) = c^L q_n(w) for every c > 0 and every n, when it was
     * verified (symbolically and at exact rational points); 0 when it was not or does not hold.
     */
    int homogeneity();

    /** The exponentially tailed loss l with L(w) = sum_n l(q_n(w)). */
    Classification.Loss loss();

    /** out[n] = q_n(w), in double. */
    void margins(double[] w, double[] out);

    /** out[n] = grad q_n(w), in double. */
    void marginGradients(double[] w, double[][] out);

    /** Intervals that contain q_n(w) at the exact point w. */
    Interval[] encloseMargins(double[] w);

    /** Intervals that contain grad q_n(w) at the exact point w, entrywise. */
    Interval[][] encloseMarginGradients(double[] w);
}
