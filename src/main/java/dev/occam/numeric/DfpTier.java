package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;
import java.util.Arrays;

/** Arbitrary precision on Hipparchus Dfp, with 8 guard digits beyond those requested. */
final class DfpTier implements Tier {
    static final int GUARD_DIGITS = 8;
    private final int digits;
    final DfpField field;

    DfpTier(int digits) {
        this.digits = digits;
        this.field = new DfpField(digits + GUARD_DIGITS);
    }

    @Override
    public int digits() {
        return digits;
    }

    @Override
    public String name() {
        return "arbitrary(" + digits + ")";
    }

    /** 10^-digits, which underflows to 0 beyond about 323 digits. */
    @Override
    public double epsilon() {
        return Math.pow(10, -digits);
    }

    @Override
    public Vec zeros(int n) {
        Dfp[] a = new Dfp[n];
        Arrays.fill(a, field.getZero());
        return new DfpVec(this, a);
    }

    @Override
    public Vec of(Value[] values) {
        Dfp[] a = new Dfp[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = dfp(values[i]);
        }
        return new DfpVec(this, a);
    }

    @Override
    public Vec of(double[] values) {
        Dfp[] a = new Dfp[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = field.newDfp(values[i]);
        }
        return new DfpVec(this, a);
    }

    @Override
    public Vec of(BigDecimal[] values) {
        Dfp[] a = new Dfp[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = dfp(values[i]);
        }
        return new DfpVec(this, a);
    }

    @Override
    public Mat matrix(Value[][] rows) {
        int cols = Matrices.columns(rows);
        Dfp[][] a = new Dfp[rows.length][cols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = dfp(rows[i][j]);
            }
        }
        return new DfpMat(this, a, cols);
    }

    @Override
    public Mat matrix(double[][] rows) {
        int cols = Matrices.columns(rows);
        Dfp[][] a = new Dfp[rows.length][cols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = field.newDfp(rows[i][j]);
            }
        }
        return new DfpMat(this, a, cols);
    }

    @Override
    public Scalar scalar(double x) {
        return new DfpScalar(this, field.newDfp(x));
    }

    @Override
    public Scalar scalar(Value x) {
        return new DfpScalar(this, dfp(x));
    }

    /**
     * Rationals as a quotient of integers (exact to the field's precision), others from their
     * decimal.
     */
    Dfp dfp(Value v) {
        if (v.isRational()) {
            return field.newDfp(v.rational().getNumerator().toString())
                    .divide(field.newDfp(v.rational().getDenominator().toString()));
        }
        return dfp(v.decimal());
    }

    Dfp dfp(BigDecimal d) {
        return field.newDfp(d.toString());
    }

    static BigDecimal decimal(Dfp x) {
        if (x.isNaN() || x.isInfinite()) {
            throw new ArithmeticException("not a finite number: " + x);
        }
        return new BigDecimal(x.toString());
    }

    @Override
    public Arguments arguments(int n) {
        return new DfpArguments(this, n);
    }

    @Override
    public String toString() {
        return name();
    }
}
