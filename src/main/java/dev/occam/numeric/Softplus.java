package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * softplus(x) = log(1 + e^x) and log softplus(x), accurate in every tier for any x: the logistic
 * loss is softplus(-m) and its log must stay exact when m is in the thousands (softplus(-m) ~
 * e^-m). log1p of small arguments is summed as a series, so 1 + e^x never loses e^x. Quad-doubles
 * run {@link QDMath} (a Dfp round trip per element cost 0.6 ms per point and iteration).
 */
public final class Softplus {
    private static final int SERIES_TERMS = 40;

    /** Scratch slots of the quad-double evaluations, above {@link QDMath}'s. */
    private static final int P = QDMath.SCRATCH;

    private static final int Q = P + 4;
    private static final int R = P + 8;

    /**
     * Below this e^x, log1p(e^x)/e^x = 1 - e^x/2 + ... is 1 to quad-double precision (and e^x may
     * have subnormal components).
     */
    private static final double NEGLIGIBLE = 0x1p-220;

    private Softplus() {}

    /** log(1 + e^x). */
    public static final ElementFunction SOFTPLUS =
            new ElementFunction() {
                @Override
                public double apply(double x) {
                    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
                }

                @Override
                public DD apply(DD x) {
                    DD pos = x.hi() > 0 ? x : DD.ZERO;
                    return pos.add(log1p(DDMath.exp(x.hi() > 0 ? x.negate() : x)));
                }

                @Override
                public Dfp apply(Dfp x) {
                    Dfp pos = x.positiveOrNull() ? x : x.getZero();
                    return pos.add(log1p(DfpExp.exp(x.positiveOrNull() ? x.negate() : x)));
                }

                /** max(x, 0) + log1p(e^-|x|); the result is written last, so r may be x. */
                @Override
                public void applyQuadDouble(double[] x, int ix, double[] r, int o, double[] t) {
                    boolean positive = x[ix] > 0;
                    if (positive) QD.negate(x, ix, t, P);
                    else QD.copy(x, ix, t, P);
                    QDMath.exp(t, P, t, Q, t);
                    QDMath.log1p(t, Q, t, R, t);
                    if (positive) QD.add(x, ix, t, R, false, r, o, t);
                    else QD.copy(t, R, r, o);
                }
            };

    /** log(log(1 + e^x)); for x <= -1 as x + log(log1p(e^x) / e^x), which has no cancellation. */
    public static final ElementFunction LOG_SOFTPLUS =
            new ElementFunction() {
                @Override
                public double apply(double x) {
                    if (x > -1) return Math.log(SOFTPLUS.apply(x));
                    double e = Math.exp(x);
                    // below x = -745 e underflows to 0, where log1p(e)/e -> 1 (0/0 in double)
                    return e == 0 ? x : x + Math.log(Math.log1p(e) / e);
                }

                @Override
                public DD apply(DD x) {
                    if (x.hi() > -1) return DDMath.log(SOFTPLUS.apply(x));
                    DD e = DDMath.exp(x);
                    return x.add(DDMath.log(log1pOverX(e)));
                }

                @Override
                public Dfp apply(Dfp x) {
                    if (x.greaterThan(x.getField().newDfp(-1))) return SOFTPLUS.apply(x).log();
                    Dfp e = DfpExp.exp(x);
                    return x.add(log1pOverX(e).log());
                }

                @Override
                public void applyQuadDouble(double[] x, int ix, double[] r, int o, double[] t) {
                    if (x[ix] > -1) {
                        SOFTPLUS.applyQuadDouble(x, ix, t, R, t);
                        QDMath.log(t, R, r, o, t);
                        return;
                    }
                    QDMath.exp(x, ix, t, P, t);
                    if (t[P] < NEGLIGIBLE) {
                        QD.copy(x, ix, r, o);
                        return;
                    }
                    QDMath.log1p(t, P, t, Q, t);
                    QD.div(t, Q, t, P, t, R, t);
                    QDMath.log(t, R, t, Q, t);
                    QD.add(x, ix, t, Q, false, r, o, t);
                }
            };

    /** log(1 + e) for 0 <= e <= 1. */
    private static DD log1p(DD e) {
        return e.hi() < 1e-3 ? e.multiply(log1pOverX(e)) : DDMath.log(DD.ONE.add(e));
    }

    private static Dfp log1p(Dfp e) {
        return e.lessThan(e.getField().newDfp("1e-3")) ? e.multiply(log1pOverX(e)) : e.add(1).log();
    }

    /** log(1 + e) / e = 1 - e/2 + e^2/3 - ..., for small e by its series (|e| <= 0.37 here). */
    private static DD log1pOverX(DD e) {
        if (e.hi() >= 1e-3) return DDMath.log(DD.ONE.add(e)).divide(e);
        DD sum = DD.ZERO;
        DD power = DD.ONE;
        for (int k = 1; k <= SERIES_TERMS; k++) {
            DD term = power.divide(k);
            sum = (k % 2 == 1) ? sum.add(term) : sum.subtract(term);
            power = power.multiply(e);
            if (Math.abs(power.hi()) < 1e-34) break;
        }
        return sum;
    }

    private static Dfp log1pOverX(Dfp e) {
        if (!e.lessThan(e.getField().newDfp("1e-3"))) return e.add(1).log().divide(e);
        Dfp sum = e.getZero();
        Dfp power = e.getOne();
        Dfp tiny = e.getField().newDfp("1e-" + (4 * e.getField().getRadixDigits() + 4));
        for (int k = 1; k <= 10 * SERIES_TERMS; k++) {
            Dfp term = power.divide(k);
            sum = (k % 2 == 1) ? sum.add(term) : sum.subtract(term);
            power = power.multiply(e);
            if (power.abs().lessThan(tiny)) break;
        }
        return sum;
    }
}
