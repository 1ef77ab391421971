package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

/**
 * Values as double-doubles (hi, lo) with a bound on each conversion error: 0 for a value that is a
 * double ({@link Value#isBinary()}), else 2^-100 of its size (the decimal carries 120 digits and
 * DD.from rounds it to about 2^-106).
 */
public record DDValues(double[] hi, double[] lo, double[] err) {
    /** Bound on the relative error of a double-double conversion, with room to spare. */
    public static final double CONVERSION = 0x1p-100;

    public static DDValues of(Value[] v) {
        int m = v.length;
        double[] hi = new double[m], lo = new double[m], err = new double[m];
        for (int i = 0; i < m; i++) {
            if (v[i].isBinary()) {
                hi[i] = v[i].binary();
            } else {
                DD c = DD.from(v[i].decimal());
                hi[i] = c.hi();
                lo[i] = c.lo();
                err[i] = Math.abs(c.hi()) * CONVERSION;
            }
        }
        return new DDValues(hi, lo, err);
    }

    /** -v, componentwise, with the same errors. */
    public DDValues negate() {
        double[] h = new double[hi.length], l = new double[lo.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = -hi[i];
            l[i] = -lo[i];
        }
        return new DDValues(h, l, err);
    }
}
