package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

/**
 * The double-double tier's gradient of L(w) = sum_i e^(b_i - z_i.w): the margins by {@link
 * DDMat#multiply}, one {@link DDMath#exp} per row relative to a shift h, and -e^h Z^T e by {@link
 * DDMat#multiplyTransposed}, without the log-domain path's logarithm, division per row and second
 * exp. h is the largest exponent rounded up to a multiple of {@link ExponentialLoss#SHIFT_STEP}, a
 * function of w alone (see {@link DoubleExponentialLoss}); e^h is recomputed only when h changes.
 * Nothing is allocated per call. Scratch state: one run uses an instance at a time.
 */
final class DDExponentialLoss implements ExponentialLoss {
    private final DDMat z;
    private final DDVec logWeights;
    private final DDVec margins;
    private final DDVec terms;
    private double shift;
    private DDScalar minusExpShift = new DDScalar(DD.ONE.negate());

    /**
     * @param logWeights b_i, or null for all 0
     */
    DDExponentialLoss(DDMat z, DDVec logWeights) {
        int n = z.rows();
        this.z = z;
        this.logWeights = logWeights == null ? null : (DDVec) logWeights.copy();
        this.margins = new DDVec(new double[n], new double[n]);
        this.terms = new DDVec(new double[n], new double[n]);
    }

    @Override
    public void gradient(Vec w, Vec out) {
        z.multiply(w, margins);
        // margins becomes the exponents a_i = b_i - m_i
        margins.scale(-1);
        if (logWeights != null) margins.axpy(1, logWeights);
        double[] hi = margins.hi;
        double[] lo = margins.lo;
        int top = 0;
        for (int i = 1; i < hi.length; i++) {
            if (hi[i] > hi[top] || (hi[i] == hi[top] && lo[i] > lo[top]) || hi[i] != hi[i]) top = i;
            if (hi[top] != hi[top]) break;
        }
        shift(hi[top], lo[top]);
        double h = shift;
        for (int i = 0; i < hi.length; i++) {
            // a_i - h as DD.subtract(double) forms it, without the objects
            double s = hi[i] - h;
            double t = Rounding.twoSumError(hi[i], -h, s) + lo[i];
            double xh = s + t;
            terms.hi[i] = DDMath.exp(xh, t - (xh - s), terms.lo, i);
        }
        z.multiplyTransposed(terms, out);
        out.scale(minusExpShift);
    }

    /** Sets the shift for the largest exponent hi + lo. */
    private void shift(double hi, double lo) {
        double h = ExponentialLoss.shift(hi, lo);
        if (Double.doubleToRawLongBits(h) == Double.doubleToRawLongBits(shift)) return;
        shift = h;
        minusExpShift = new DDScalar(DDMath.exp(DD.of(h)).negate());
    }
}
