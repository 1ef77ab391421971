package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/** A dense Dfp matrix. */
final class DfpMat implements Mat {
    private final DfpTier tier;
    private final Dfp[][] a;
    private final int cols;

    DfpMat(DfpTier tier, Dfp[][] a, int cols) {
        this.tier = tier;
        this.a = a;
        this.cols = cols;
    }

    @Override public int rows() { return a.length; }

    @Override public int cols() { return cols; }

    @Override public Tier tier() { return tier; }

    @Override public double get(int i, int j) { return a[i][j].toDouble(); }

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
}
