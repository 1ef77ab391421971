package dev.occam.numeric;

import java.math.BigDecimal;

/** IEEE double: the fast tier. */
final class DoubleTier implements Tier {
    static final int DIGITS = 16;
    static final DoubleTier INSTANCE = new DoubleTier();

    private DoubleTier() {}

    @Override
    public int digits() {
        return DIGITS;
    }

    @Override
    public String name() {
        return "double";
    }

    @Override
    public double epsilon() {
        return 0x1p-53;
    }

    @Override
    public Vec zeros(int n) {
        return new DoubleVec(new double[n]);
    }

    @Override
    public Vec of(Value[] values) {
        double[] a = new double[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = values[i].doubleValue();
        }
        return new DoubleVec(a);
    }

    @Override
    public Vec of(double[] values) {
        return new DoubleVec(values.clone());
    }

    @Override
    public Vec of(BigDecimal[] values) {
        double[] a = new double[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = values[i].doubleValue();
        }
        return new DoubleVec(a);
    }

    @Override
    public Mat matrix(Value[][] rows) {
        return matrix(Matrices.toDoubles(rows));
    }

    @Override
    public Mat matrix(double[][] rows) {
        int cols = Matrices.columns(rows);
        double[] data = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return new DoubleMat(rows.length, cols, data);
    }

    @Override
    public Scalar scalar(double x) {
        return new DoubleScalar(x);
    }

    @Override
    public Scalar scalar(Value x) {
        return new DoubleScalar(x.doubleValue());
    }

    @Override
    public Arguments arguments(int n) {
        return new DoubleArguments(n);
    }

    @Override
    public String toString() {
        return name();
    }
}
