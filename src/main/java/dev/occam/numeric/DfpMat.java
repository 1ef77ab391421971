package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/** A dense Dfp matrix. */
final class DfpMat implements Mat {
    private final DfpTier tier;
    private final Dfp[][] a;
    private final int cols;

    /**
     * Dfp's range ends near e^-301000; e^-21000 of a column's largest term is below any tier's
     * rounding.
     */
    private static final double LINEAR_RANGE = 280_000;

    /**
     * log |a_ij|, for {@link #multiplyTransposedLog}; made on first use (a matrix belongs to one
     * objective).
     */
    private Dfp[][] logAbs;

    DfpMat(DfpTier tier, Dfp[][] a, int cols) {
        this.tier = tier;
        this.a = a;
        this.cols = cols;
    }

    @Override
    public int rows() {
        return a.length;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public double get(int i, int j) {
        return a[i][j].toDouble();
    }

    @Override
    public void multiply(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, false);
        Dfp[] v = DfpVec.cast(tier, x).a;
        Dfp[] o = DfpVec.cast(tier, out).a;
        for (int i = 0; i < a.length; i++) {
            Dfp s = tier.field.getZero();
            for (int j = 0; j < v.length; j++) {
                s = s.add(a[i][j].multiply(v[j]));
            }
            o[i] = s;
        }
    }

    @Override
    public void multiplyTransposed(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, true);
        Dfp[] v = DfpVec.cast(tier, x).a;
        Dfp[] o = DfpVec.cast(tier, out).a;
        for (int j = 0; j < o.length; j++) {
            Dfp s = tier.field.getZero();
            for (int i = 0; i < a.length; i++) {
                s = s.add(a[i][j].multiply(v[i]));
            }
            o[j] = s;
        }
    }

    /**
     * As {@link DoubleMat#multiplyTransposedLog}. Dfp underflows only near e^-301000, so a column
     * is summed linearly whenever its largest term exceeds e^-LINEAR_RANGE times its largest entry.
     */
    @Override
    public void multiplyTransposedLog(Vec logX, Vec x, Scalar shift, Vec signs, Vec logs) {
        Matrices.checkShape(this, logX, signs, true);
        Matrices.checkSameSize(logX, x);
        Matrices.checkSameSize(signs, logs);
        Dfp[] lx = DfpVec.cast(tier, logX).a;
        Dfp[] xs = DfpVec.cast(tier, x).a;
        Dfp c = DfpScalar.cast(tier, shift);
        Dfp[] sg = DfpVec.cast(tier, signs).a;
        Dfp[] lg = DfpVec.cast(tier, logs).a;
        Dfp[][] la = logAbs();
        Dfp zero = tier.field.getZero();
        for (int j = 0; j < cols; j++) {
            Dfp pMax = null;
            Dfp nMax = null;
            double largestEntry = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < a.length; i++) {
                if (a[i][j].isZero()) continue;
                largestEntry = Math.max(largestEntry, la[i][j].toDouble());
                if (lx[i].isInfinite()) continue;
                Dfp t = lx[i].add(la[i][j]);
                if (a[i][j].greaterThan(zero)) {
                    if (pMax == null || t.greaterThan(pMax)) pMax = t;
                } else if (nMax == null || t.greaterThan(nMax)) {
                    nMax = t;
                }
            }
            Dfp big = pMax == null ? nMax : nMax == null || pMax.greaterThan(nMax) ? pMax : nMax;
            if (big != null && big.subtract(c).toDouble() - largestEntry > -LINEAR_RANGE) {
                Dfp sum = zero;
                for (int i = 0; i < a.length; i++) sum = sum.add(xs[i].multiply(a[i][j]));
                sg[j] =
                        sum.isZero()
                                ? zero
                                : sum.negativeOrNull()
                                        ? tier.field.getOne().negate()
                                        : tier.field.getOne();
                lg[j] =
                        sum.isZero()
                                ? tier.field.newDfp(Double.NEGATIVE_INFINITY)
                                : sum.abs().log();
                continue;
            }
            Dfp pSum = zero;
            Dfp nSum = zero;
            for (int i = 0; i < a.length; i++) {
                if (a[i][j].isZero() || lx[i].isInfinite()) continue;
                Dfp t = lx[i].add(la[i][j]);
                if (a[i][j].greaterThan(zero)) pSum = pSum.add(DfpExp.exp(t.subtract(pMax)));
                else nSum = nSum.add(DfpExp.exp(t.subtract(nMax)));
            }
            Dfp positive = pMax == null ? null : pMax.add(pSum.log());
            Dfp negative = nMax == null ? null : nMax.add(nSum.log());
            if (positive != null && (negative == null || positive.greaterThan(negative))) {
                sg[j] = tier.field.getOne();
                lg[j] = difference(positive, negative).subtract(c);
            } else if (negative != null && (positive == null || negative.greaterThan(positive))) {
                sg[j] = tier.field.getOne().negate();
                lg[j] = difference(negative, positive).subtract(c);
            } else {
                sg[j] = zero;
                lg[j] = tier.field.newDfp(Double.NEGATIVE_INFINITY);
            }
        }
    }

    /** log(e^a - e^b) for a > b (b null: no terms). */
    private static Dfp difference(Dfp a, Dfp b) {
        return b == null ? a : a.add(a.getOne().subtract(DfpExp.exp(b.subtract(a))).log());
    }

    private Dfp[][] logAbs() {
        if (logAbs == null) {
            Dfp[][] l = new Dfp[a.length][cols];
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < cols; j++)
                    l[i][j] = a[i][j].isZero() ? null : a[i][j].abs().log();
            }
            logAbs = l;
        }
        return logAbs;
    }
}
