package dev.occam.numeric;

import java.math.BigDecimal;

/** One double. */
final class DoubleScalar implements Scalar {
    final double v;

    DoubleScalar(double v) {
        this.v = v;
    }

    static DoubleScalar cast(Scalar s) {
        if (s instanceof DoubleScalar d) {
            return d;
        }
        throw Matrices.tierMismatch(DoubleTier.INSTANCE, s);
    }

    @Override
    public Tier tier() {
        return DoubleTier.INSTANCE;
    }

    @Override
    public double doubleValue() {
        return v;
    }

    @Override
    public BigDecimal decimal() {
        return new BigDecimal(v);
    }

    @Override
    public Scalar add(Scalar o) {
        return new DoubleScalar(v + cast(o).v);
    }

    @Override
    public Scalar subtract(Scalar o) {
        return new DoubleScalar(v - cast(o).v);
    }

    @Override
    public Scalar multiply(Scalar o) {
        return new DoubleScalar(v * cast(o).v);
    }

    @Override
    public Scalar divide(Scalar o) {
        return new DoubleScalar(v / cast(o).v);
    }

    @Override
    public Scalar multiply(double o) {
        return new DoubleScalar(v * o);
    }

    @Override
    public Scalar negate() {
        return new DoubleScalar(-v);
    }

    @Override
    public Scalar sqrt() {
        return new DoubleScalar(Math.sqrt(v));
    }

    @Override
    public Scalar exp() {
        return new DoubleScalar(Math.exp(v));
    }

    @Override
    public Scalar log() {
        return new DoubleScalar(Math.log(v));
    }

    @Override
    public Scalar pow(double p) {
        return new DoubleScalar(Math.pow(v, p));
    }

    @Override
    public Scalar pow(Scalar p) {
        return pow(cast(p).v);
    }

    @Override
    public int signum() {
        return (int) Math.signum(v);
    }

    @Override
    public String toString() {
        return Double.toString(v);
    }
}
