package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpMath;

import java.math.BigDecimal;

/** One Dfp of an arbitrary-precision tier. */
final class DfpScalar implements Scalar {
    private final DfpTier tier;
    final Dfp v;

    DfpScalar(DfpTier tier, Dfp v) {
        this.tier = tier;
        this.v = v;
    }

    static Dfp cast(DfpTier tier, Scalar s) {
        if (s instanceof DfpScalar d && d.tier == tier) {
            return d.v;
        }
        throw Matrices.tierMismatch(tier, s);
    }

    private Scalar of(Dfp x) {
        return new DfpScalar(tier, x);
    }

    private Dfp other(Scalar o) {
        return cast(tier, o);
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public double doubleValue() {
        return v.toDouble();
    }

    @Override
    public BigDecimal decimal() {
        return DfpTier.decimal(v);
    }

    @Override
    public Scalar add(Scalar o) {
        return of(v.add(other(o)));
    }

    @Override
    public Scalar subtract(Scalar o) {
        return of(v.subtract(other(o)));
    }

    @Override
    public Scalar multiply(Scalar o) {
        return of(v.multiply(other(o)));
    }

    @Override
    public Scalar divide(Scalar o) {
        return of(v.divide(other(o)));
    }

    @Override
    public Scalar multiply(double o) {
        return of(v.multiply(tier.field.newDfp(o)));
    }

    @Override
    public Scalar negate() {
        return of(v.negate());
    }

    @Override
    public Scalar sqrt() {
        return of(v.sqrt());
    }

    @Override
    public Scalar exp() {
        return of(DfpExp.exp(v));
    }

    @Override
    public Scalar log() {
        return of(DfpMath.log(v));
    }

    @Override
    public Scalar pow(double p) {
        return of(pow(v, tier.field.newDfp(p)));
    }

    @Override
    public Scalar pow(Scalar p) {
        return of(pow(v, other(p)));
    }

    /** Integer exponents by repeated squaring, which also serves negative bases. */
    static Dfp pow(Dfp x, Dfp p) {
        if (p.equals(p.rint()) && p.abs().toDouble() <= Integer.MAX_VALUE) {
            return DfpMath.pow(x, p.intValue());
        }
        return DfpMath.pow(x, p);
    }

    @Override
    public int signum() {
        return v.isZero() ? 0 : v.negativeOrNull() ? -1 : 1;
    }

    @Override
    public String toString() {
        return v.toString();
    }
}
