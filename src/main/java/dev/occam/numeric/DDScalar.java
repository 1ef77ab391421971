package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

import java.math.BigDecimal;

/** One double-double. */
final class DDScalar implements Scalar {
    final DD v;

    DDScalar(DD v) {
        this.v = v;
    }

    static DD cast(Scalar s) {
        if (s instanceof DDScalar d) {
            return d.v;
        }
        throw Matrices.tierMismatch(DDTier.INSTANCE, s);
    }

    @Override
    public Tier tier() {
        return DDTier.INSTANCE;
    }

    @Override
    public double doubleValue() {
        return v.doubleValue();
    }

    @Override
    public BigDecimal decimal() {
        return v.bigDecimalValue();
    }

    @Override
    public Scalar add(Scalar o) {
        return new DDScalar(v.add(cast(o)));
    }

    @Override
    public Scalar subtract(Scalar o) {
        return new DDScalar(v.subtract(cast(o)));
    }

    @Override
    public Scalar multiply(Scalar o) {
        return new DDScalar(v.multiply(cast(o)));
    }

    @Override
    public Scalar divide(Scalar o) {
        return new DDScalar(v.divide(cast(o)));
    }

    @Override
    public Scalar multiply(double o) {
        return new DDScalar(v.multiply(o));
    }

    @Override
    public Scalar negate() {
        return new DDScalar(v.negate());
    }

    @Override
    public Scalar sqrt() {
        return new DDScalar(v.sqrt());
    }

    @Override
    public Scalar exp() {
        return new DDScalar(DDMath.exp(v));
    }

    @Override
    public Scalar log() {
        return new DDScalar(DDMath.log(v));
    }

    @Override
    public Scalar pow(double p) {
        return new DDScalar(DDMath.pow(v, p));
    }

    @Override
    public Scalar pow(Scalar p) {
        return new DDScalar(DDMath.pow(v, cast(p)));
    }

    @Override
    public int signum() {
        return (int) Math.signum(v.hi());
    }

    @Override
    public String toString() {
        return v.toString();
    }
}
