package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

import java.math.BigDecimal;

/** Double-double: about 32 digits on pairs of primitive arrays. */
final class DDTier implements Tier {
    static final int DIGITS = 32;
    static final DDTier INSTANCE = new DDTier();

    private DDTier() {}

    @Override
    public int digits() {
        return DIGITS;
    }

    @Override
    public String name() {
        return "double-double";
    }

    @Override
    public double epsilon() {
        return 0x1p-104;
    }

    @Override
    public Vec zeros(int n) {
        return new DDVec(new double[n], new double[n]);
    }

    @Override
    public Vec of(Value[] values) {
        double[] hi = new double[values.length];
        double[] lo = new double[values.length];
        for (int i = 0; i < hi.length; i++) {
            DD x = of(values[i]);
            hi[i] = x.hi();
            lo[i] = x.lo();
        }
        return new DDVec(hi, lo);
    }

    /** A data file's double as it is; any other value through its decimal. */
    private static DD of(Value v) {
        return v.isBinary() ? DD.of(v.binary()) : DD.from(v.decimal());
    }

    @Override
    public Vec of(double[] values) {
        return new DDVec(values.clone(), new double[values.length]);
    }

    @Override
    public Vec of(BigDecimal[] values) {
        double[] hi = new double[values.length];
        double[] lo = new double[values.length];
        for (int i = 0; i < hi.length; i++) {
            DD x = DD.from(values[i]);
            hi[i] = x.hi();
            lo[i] = x.lo();
        }
        return new DDVec(hi, lo);
    }

    @Override
    public Mat matrix(Value[][] rows) {
        int cols = Matrices.columns(rows);
        double[] hi = new double[rows.length * cols];
        double[] lo = new double[hi.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) {
                DD x = of(rows[i][j]);
                hi[i * cols + j] = x.hi();
                lo[i * cols + j] = x.lo();
            }
        }
        return new DDMat(rows.length, cols, hi, lo);
    }

    @Override
    public Mat matrix(double[][] rows) {
        int cols = Matrices.columns(rows);
        double[] hi = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, hi, i * cols, cols);
        }
        return new DDMat(rows.length, cols, hi, new double[hi.length]);
    }

    @Override
    public Scalar scalar(double x) {
        return new DDScalar(DD.of(x));
    }

    @Override
    public Scalar scalar(Value x) {
        return new DDScalar(of(x));
    }

    @Override
    public Arguments arguments(int n) {
        return new DDArguments(n);
    }

    @Override
    public String toString() {
        return name();
    }
}
