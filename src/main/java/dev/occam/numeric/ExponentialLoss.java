package dev.occam.numeric;

/**
 * A tier's fused kernel for the gradient of L(w) = sum_i e^(b_i - z_i.w), the exponential loss of a
 * linear classifier with rows z_i and log weights b_i (see {@link Mat#exponentialLoss}).
 */
public interface ExponentialLoss {
    /**
     * Every tier's kernel takes its terms e^(a_i - h) relative to a shift h: the largest exponent
     * rounded up to a multiple of this, a function of w alone (see {@link #shift}).
     */
    double SHIFT_STEP = 32;

    /** out = grad L(w). */
    void gradient(Vec w, Vec out);

    /**
     * The shift for the largest exponent hi + rest (rest: the lower parts of a multi-double
     * exponent, 0 in double): the least multiple of {@link #SHIFT_STEP} at or above it. Not finite:
     * 0 for -inf (every term is 0, and so is the gradient), hi itself for NaN and +inf (the
     * gradient is NaN, as on the general path).
     */
    static double shift(double hi, double rest) {
        if (hi == Double.NEGATIVE_INFINITY) return 0;
        if (!Double.isFinite(hi)) return hi;
        double h = SHIFT_STEP * Math.ceil(hi / SHIFT_STEP);
        return h == hi && rest > 0 ? h + SHIFT_STEP : h;
    }
}
