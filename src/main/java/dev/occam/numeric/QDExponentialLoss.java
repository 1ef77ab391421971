package dev.occam.numeric;

/**
 * The quad-double tier's gradient of L(w) = sum_i e^(b_i - z_i.w), in the form of {@link
 * DDExponentialLoss}: the margins by {@link QDMat#multiply}, one {@link QDMath#exp} per row
 * relative to a shift h, and -e^h Z^T e by {@link QDMat#multiplyTransposed}. The log-domain path it
 * replaces took a logarithm, n divisions and an exp more per call, and made an object per scalar
 * operation. h is the largest exponent rounded up to a multiple of {@link
 * ExponentialLoss#SHIFT_STEP}, a function of w alone; e^h is recomputed only when h changes, the
 * only time a call allocates. Scratch state: one run uses an instance at a time.
 */
final class QDExponentialLoss implements ExponentialLoss {
    /** Where a_i - h sits in the scratch array, after what QD and QDMath use. */
    private static final int ARGUMENT = QDMath.SCRATCH;

    private final QDMat z;
    private final double[] logWeights;

    /** The margins m_i, then (in place) the exponents a_i = b_i - m_i. */
    private final QDVec exponents;

    private final QDVec terms;
    private final double[] scratch = new double[ARGUMENT + 4];
    private double shift;
    private QDScalar minusExpShift = new QDScalar(new double[] {-1, 0, 0, 0});

    /**
     * @param logWeights b_i, or null for all 0
     */
    QDExponentialLoss(QDMat z, QDVec logWeights) {
        int n = z.rows();
        this.z = z;
        this.logWeights = logWeights == null ? null : logWeights.a.clone();
        this.exponents = new QDVec(new double[4 * n]);
        this.terms = new QDVec(new double[4 * n]);
    }

    @Override
    public void gradient(Vec w, Vec out) {
        z.multiply(w, exponents);
        double[] a = exponents.a;
        double[] t = scratch;
        int n = z.rows();
        int top = 0;
        for (int i = 0; i < n; i++) {
            int o = 4 * i;
            if (logWeights == null) QD.negate(a, o, a, o);
            else QD.add(logWeights, o, a, o, true, a, o, t);
            // Double.compare orders NaN above everything: a NaN exponent becomes the top
            if (QD.compare(a, o, a, 4 * top) > 0) top = i;
        }
        shift(a, 4 * top);
        double h = shift;
        double[] e = terms.a;
        for (int o = 0; o < 4 * n; o += 4) {
            QD.add(a, o, -h, t, ARGUMENT, t);
            QDMath.exp(t, ARGUMENT, e, o, t);
        }
        z.multiplyTransposed(terms, out);
        out.scale(minusExpShift);
    }

    /**
     * Sets the shift for the largest exponent a[o..o+3]; the second component of a normalized
     * expansion carries the sign of its remainder.
     */
    private void shift(double[] a, int o) {
        double h = ExponentialLoss.shift(a[o], a[o + 1]);
        if (Double.doubleToRawLongBits(h) == Double.doubleToRawLongBits(shift)) return;
        shift = h;
        double[] t = scratch;
        QD.set(t, ARGUMENT, h);
        double[] r = new double[4];
        QDMath.exp(t, ARGUMENT, r, 0, t);
        QD.negate(r, 0, r, 0);
        minusExpShift = new QDScalar(r);
    }
}
