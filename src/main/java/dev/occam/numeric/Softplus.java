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
                    return DDPairs.apply(this, x);
                }

                @Override
                public Dfp apply(Dfp x) {
                    Dfp pos = x.positiveOrNull() ? x : x.getZero();
                    return pos.add(log1p(DfpExp.exp(x.positiveOrNull() ? x.negate() : x)));
                }

                @Override
                public double applyDoubleDouble(double h, double l, double[] low, int at) {
                    boolean positive = h > 0;
                    double eh = DDMath.exp(positive ? -h : h, positive ? -l : l, low, at);
                    double ph = log1p(eh, low[at], low, at);
                    return positive ? DDPairs.add(h, l, ph, low[at], low, at) : ph;
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
                    return DDPairs.apply(this, x);
                }

                @Override
                public Dfp apply(Dfp x) {
                    if (x.greaterThan(x.getField().newDfp(-1))) return SOFTPLUS.apply(x).log();
                    Dfp e = DfpExp.exp(x);
                    return x.add(log1pOverX(e).log());
                }

                @Override
                public double applyDoubleDouble(double h, double l, double[] low, int at) {
                    if (h > -1) {
                        double sh = SOFTPLUS.applyDoubleDouble(h, l, low, at);
                        return DDMath.log(sh, low[at], low, at);
                    }
                    double eh = DDMath.exp(h, l, low, at);
                    double rh = log1pOverX(eh, low[at], low, at);
                    rh = DDMath.log(rh, low[at], low, at);
                    return DDPairs.add(h, l, rh, low[at], low, at);
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

    /** Below this e, log(1 + e) is summed as e times its series (see {@link #log1pOverX}). */
    private static final double SERIES_BELOW = 1e-3;

    /**
     * Terms of the series that reach 2^-110 relative at e = {@link #SERIES_BELOW}: e^K / K < 2^-110
     * for K = 12.
     */
    private static final int PAIR_TERMS = 12;

    /** 1/k as double-doubles for the series of log(1 + e)/e, k = 1..PAIR_TERMS. */
    private static final double[] INVERSE_HI = new double[PAIR_TERMS + 1];

    private static final double[] INVERSE_LO = new double[PAIR_TERMS + 1];

    static {
        for (int k = 1; k <= PAIR_TERMS; k++) {
            DD inverse = DD.ONE.divide(k);
            INVERSE_HI[k] = inverse.hi();
            INVERSE_LO[k] = inverse.lo();
        }
    }

    /** log(1 + e) for a double-double 0 <= e <= 1, as a pair (see {@link DDPairs}). */
    private static double log1p(double eh, double el, double[] low, int at) {
        if (eh < SERIES_BELOW) {
            double sh = log1pOverX(eh, el, low, at);
            return DDPairs.multiply(eh, el, sh, low[at], low, at);
        }
        // u = 1 + e is one + rest up to c, the rounding of rest; log(1 + e) = log u + c/u.
        // Without c the 2^-106 that u loses would be 2^-106/e relative to log(1 + e), 2^-96 at
        // e = 1e-3
        double one = 1 + eh;
        double err = Rounding.twoSumError(1, eh, one);
        double rest = err + el;
        double c = Rounding.twoSumError(err, el, rest);
        double lh = DDMath.log(one, rest, low, at);
        return DDPairs.add(lh, low[at], c / one, 0, low, at);
    }

    /**
     * log(1 + e)/e for a double-double 0 <= e <= 0.37, as a pair: below {@link #SERIES_BELOW} the
     * series 1 - e/2 + e^2/3 - ... by Horner's rule, else log(1 + e) divided by e.
     */
    private static double log1pOverX(double eh, double el, double[] low, int at) {
        if (eh >= SERIES_BELOW) {
            double lh = log1p(eh, el, low, at);
            return DDPairs.divide(lh, low[at], eh, el, low, at);
        }
        // p = 1/K, then p = 1/k - e p for k = K - 1, ..., 1: the alternating series from its tail
        double ph = PAIR_TERMS % 2 == 1 ? INVERSE_HI[PAIR_TERMS] : -INVERSE_HI[PAIR_TERMS];
        double pl = PAIR_TERMS % 2 == 1 ? INVERSE_LO[PAIR_TERMS] : -INVERSE_LO[PAIR_TERMS];
        for (int k = PAIR_TERMS - 1; k >= 1; k--) {
            double sign = k % 2 == 1 ? 1 : -1;
            double th = DDPairs.multiply(eh, el, ph, pl, low, at);
            ph = DDPairs.add(sign * INVERSE_HI[k], sign * INVERSE_LO[k], th, low[at], low, at);
            pl = low[at];
        }
        low[at] = pl;
        return ph;
    }

    private static Dfp log1p(Dfp e) {
        return e.lessThan(e.getField().newDfp("1e-3")) ? e.multiply(log1pOverX(e)) : e.add(1).log();
    }

    /** log(1 + e) / e = 1 - e/2 + e^2/3 - ..., for small e by its series (|e| <= 0.37 here). */
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
