package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

/**
 * Double-double arithmetic on pairs of doubles, without objects, for what runs on every element of
 * every iteration (the logistic loss, softmax, Adam's square root): each operation returns the high
 * part of a normalized result and writes its low part to low[at], so a caller chains them through
 * one slot. The algorithms are those of commons-numbers' {@code DD} (accurate addition, Dekker's
 * product by fused multiply-add, a quotient with one correction), about 2^-104 relative.
 */
final class DDPairs {
    private static final ThreadLocal<double[]> SLOT = ThreadLocal.withInitial(() -> new double[1]);

    private DDPairs() {}

    /**
     * A low-part slot of this thread, for a caller that has no array of its own to chain through.
     */
    static double[] slot() {
        return SLOT.get();
    }

    /** The pair as a {@code DD}; a result that is not finite alone (its low part would be NaN). */
    static DD toDD(double hi, double lo) {
        return Double.isFinite(hi) ? DD.ofSum(hi, lo) : DD.of(hi);
    }

    /**
     * f(x) of a {@code DD} through f's own pair evaluation, for functions whose one double-double
     * implementation is on pairs ({@link ElementFunction#applyDoubleDouble} overridden).
     */
    static DD apply(ElementFunction f, DD x) {
        double[] t = slot();
        double hi = f.applyDoubleDouble(x.hi(), x.lo(), t, 0);
        return toDD(hi, t[0]);
    }

    /** (ah + al) + (bh + bl), both errors kept (the accurate sum: no loss when they cancel). */
    static double add(double ah, double al, double bh, double bl, double[] low, int at) {
        double s = ah + bh;
        if (!Double.isFinite(s)) {
            low[at] = 0;
            return s;
        }
        double e = Rounding.twoSumError(ah, bh, s);
        double t = al + bl;
        double f = Rounding.twoSumError(al, bl, t);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        return normalize(s2, e, low, at);
    }

    /** (ah + al)(bh + bl). */
    static double multiply(double ah, double al, double bh, double bl, double[] low, int at) {
        double p = ah * bh;
        if (!Double.isFinite(p)) {
            low[at] = 0;
            return p;
        }
        return normalize(p, Math.fma(ah, bh, -p) + (ah * bl + al * bh), low, at);
    }

    /** (ah + al)/(bh + bl): a double quotient and one correction from the exact remainder. */
    static double divide(double ah, double al, double bh, double bl, double[] low, int at) {
        double q1 = ah / bh;
        if (!Double.isFinite(q1)) {
            low[at] = 0;
            return q1;
        }
        double p = q1 * bh;
        double pe = Math.fma(q1, bh, -p);
        double q2 = (((ah - p) - pe) + Math.fma(-q1, bl, al)) / bh;
        return normalize(q1, q2, low, at);
    }

    /**
     * sqrt(h + l) for h + l >= 0: one Newton correction of the double root (Karp and Markstein).
     */
    static double sqrt(double h, double l, double[] low, int at) {
        double s = Math.sqrt(h);
        if (s == 0 || !Double.isFinite(s)) {
            low[at] = 0;
            return s + 0.0;
        }
        double r = (Math.fma(-s, s, h) + l) / (2 * s);
        return normalize(s, r, low, at);
    }

    /** s + e as a normalized pair (|e| at most half an ulp of s): Fast2Sum, |s| >= |e|. */
    static double normalize(double s, double e, double[] low, int at) {
        double t = s + e;
        low[at] = Double.isFinite(t) ? e - (t - s) : 0;
        return t;
    }
}
