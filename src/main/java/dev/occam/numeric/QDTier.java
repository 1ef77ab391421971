package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;

/**
 * Quad-double: four non-overlapping doubles (see {@link QD}), about 212 bits, of which 62 decimal
 * digits are claimed (the arithmetic is good to a few units of 2^-209, 1.2e-63; exp and log to
 * about 2^-206). Double's exponent range: full relative accuracy between about 2^-860 and 2^1023.
 */
final class QDTier implements Tier {
    static final int DIGITS = 62;
    static final QDTier INSTANCE = new QDTier();

    /**
     * For what has no quad-double evaluation (functions such as Sin in a compiled formula, element
     * functions that do not override it): it runs in Dfp with the guard digits of an arbitrary tier
     * and is rounded back.
     */
    static final DfpField FIELD = new DfpField(DIGITS + DfpTier.GUARD_DIGITS);

    private QDTier() {}

    @Override
    public int digits() {
        return DIGITS;
    }

    @Override
    public String name() {
        return "quad-double";
    }

    /** 2^-206 (9.7e-63): 10^-62 as the arbitrary tiers have 10^-digits. */
    @Override
    public double epsilon() {
        return 0x1p-206;
    }

    @Override
    public Vec zeros(int n) {
        return new QDVec(new double[4 * n]);
    }

    @Override
    public Vec of(Value[] values) {
        double[] a = new double[4 * values.length];
        for (int i = 0; i < values.length; i++) put(values[i], a, 4 * i);
        return new QDVec(a);
    }

    /**
     * v into a[o..o+3]: a double as itself (exact, and no decimal is made), any other value from
     * its decimal.
     */
    static void put(Value v, double[] a, int o) {
        if (!v.isBinary()) {
            QD.from(v.decimal(), a, o);
            return;
        }
        a[o] = v.binary();
        a[o + 1] = 0;
        a[o + 2] = 0;
        a[o + 3] = 0;
    }

    @Override
    public Vec of(double[] values) {
        double[] a = new double[4 * values.length];
        for (int i = 0; i < values.length; i++) a[4 * i] = values[i];
        return new QDVec(a);
    }

    @Override
    public Vec of(BigDecimal[] values) {
        double[] a = new double[4 * values.length];
        for (int i = 0; i < values.length; i++) QD.from(values[i], a, 4 * i);
        return new QDVec(a);
    }

    @Override
    public Mat matrix(Value[][] rows) {
        int cols = Matrices.columns(rows);
        double[] a = new double[4 * rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) put(rows[i][j], a, 4 * (i * cols + j));
        }
        return new QDMat(rows.length, cols, a);
    }

    @Override
    public Mat matrix(double[][] rows) {
        int cols = Matrices.columns(rows);
        double[] a = new double[4 * rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) a[4 * (i * cols + j)] = rows[i][j];
        }
        return new QDMat(rows.length, cols, a);
    }

    @Override
    public Scalar scalar(double x) {
        return QDScalar.of(x);
    }

    @Override
    public Scalar scalar(Value x) {
        return x.isBinary() ? QDScalar.of(x.binary()) : new QDScalar(QD.from(x.decimal()));
    }

    @Override
    public Arguments arguments(int n) {
        return new QDArguments(n);
    }

    /** The quad-double at a[o] in {@link #FIELD} (each component rounded to its 70 digits). */
    static Dfp dfp(double[] a, int o) {
        Dfp s = FIELD.newDfp(a[o]);
        for (int k = 1; k < 4; k++) {
            if (a[o + k] != 0) s = s.add(FIELD.newDfp(a[o + k]));
        }
        return s;
    }

    /** x rounded to a quad-double at r[o]. */
    static void fromDfp(Dfp x, double[] r, int o) {
        if (x.isNaN() || x.isInfinite()) {
            QD.set(r, o, x.toDouble());
            return;
        }
        QD.from(new BigDecimal(x.toString()), r, o);
    }

    @Override
    public String toString() {
        return name();
    }
}
