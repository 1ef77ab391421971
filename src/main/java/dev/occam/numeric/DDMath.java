package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;
import java.math.MathContext;

/** Elementary functions on commons-numbers {@link DD}, which has none, to about 1e-31 relative. */
public final class DDMath {
    private static final DD LN2 = DD.from(new BigDecimal(new DfpField(60).getLn2().toString()));
    private static final DD SQRT_HALF = DD.of(0.5).sqrt();

    /** 1/n!, n = 0..26: the Taylor tail after |r| <= ln2/2 and 27 terms is below 1e-40. */
    private static final DD[] INV_FACTORIAL = new DD[27];

    /** 1/(2n+1), n = 0..24: with |s| <= 0.172 the atanh tail after 25 terms is below 1e-38. */
    private static final DD[] INV_ODD = new DD[25];

    static {
        MathContext mc = new MathContext(50);
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < INV_FACTORIAL.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            INV_FACTORIAL[n] = DD.from(BigDecimal.ONE.divide(f, mc));
        }
        for (int n = 0; n < INV_ODD.length; n++) {
            INV_ODD[n] = DD.from(BigDecimal.ONE.divide(BigDecimal.valueOf(2 * n + 1), mc));
        }
    }

    private DDMath() {}

    /** e^x = 2^k e^r with r = x - k ln2, |r| <= ln2/2, e^r by its Taylor series. */
    public static DD exp(DD x) {
        double h = x.hi();
        if (Double.isNaN(h)) {
            return x;
        }
        if (h > 709.8) {
            return DD.of(Double.POSITIVE_INFINITY);
        }
        if (h < -745.2) {
            return DD.ZERO;
        }
        double k = Math.rint(h / LN2.hi());
        DD r = x.subtract(LN2.multiply(k));
        DD p = INV_FACTORIAL[INV_FACTORIAL.length - 1];
        for (int n = INV_FACTORIAL.length - 2; n >= 0; n--) {
            p = p.multiply(r).add(INV_FACTORIAL[n]);
        }
        return p.scalb((int) k);
    }

    /** Below this |x| sinh and tanh use sinh's Taylor series: e^x - e^-x would cancel. */
    private static final double SERIES_LIMIT = 0.5;

    /**
     * sinh x: its Taylor series for |x| < 1/2 (odd terms 1/(2n+1)!, tail below 1e-40), else (e^x -
     * e^-x)/2.
     */
    public static DD sinh(DD x) {
        double h = x.hi();
        if (!Double.isFinite(h) || Math.abs(h) > 709) {
            return DD.of(Math.sinh(h));
        }
        if (Math.abs(h) < SERIES_LIMIT) {
            DD x2 = x.multiply(x);
            DD p = INV_FACTORIAL[INV_FACTORIAL.length - 2]; // 1/25!
            for (int n = INV_FACTORIAL.length - 4; n >= 1; n -= 2) {
                p = p.multiply(x2).add(INV_FACTORIAL[n]);
            }
            return p.multiply(x);
        }
        DD e = exp(x);
        return e.subtract(e.reciprocal()).multiply(0.5);
    }

    /** cosh x = (e^x + e^-x)/2: a sum of positive terms, no cancellation. */
    public static DD cosh(DD x) {
        double h = x.hi();
        if (!Double.isFinite(h) || Math.abs(h) > 709) {
            return DD.of(Math.cosh(h));
        }
        DD e = exp(x);
        return e.add(e.reciprocal()).multiply(0.5);
    }

    /**
     * tanh x: sinh x / sqrt(1 + sinh^2 x) for |x| < 1/2, else sign(x) (1 - t)/(1 + t) with t =
     * e^(-2|x|) <= 1/e, so 1 - t does not cancel; +-1 beyond |x| = 40 (t < 1e-34).
     */
    public static DD tanh(DD x) {
        double h = x.hi();
        if (Double.isNaN(h)) {
            return x;
        }
        if (Math.abs(h) > 40) {
            return DD.of(Math.signum(h));
        }
        if (Math.abs(h) < SERIES_LIMIT) {
            DD s = sinh(x);
            return s.divide(s.multiply(s).add(1).sqrt());
        }
        DD t = exp(x.abs().multiply(-2));
        DD r = DD.ONE.subtract(t).divide(DD.ONE.add(t));
        return h < 0 ? r.negate() : r;
    }

    /**
     * log x = e ln2 + log m with x = m 2^e and m in [sqrt(1/2), sqrt(2)); log m = 2
     * atanh((m-1)/(m+1)) by its series, which (unlike a Newton step on exp) keeps full relative
     * accuracy for x near 1.
     */
    public static DD log(DD x) {
        double h = x.hi();
        if (Double.isNaN(h) || h < 0) {
            return DD.of(Double.NaN);
        }
        if (h == 0) {
            return DD.of(Double.NEGATIVE_INFINITY);
        }
        if (h == Double.POSITIVE_INFINITY) {
            return x;
        }
        int[] e = new int[1];
        DD m = x.frexp(e);
        if (m.hi() < SQRT_HALF.hi()) {
            m = m.multiply(2);
            e[0]--;
        }
        DD num = m.subtract(1);
        DD den = m.add(1);
        DD s = num.divide(den);
        // one correction of the quotient: DD division alone loses a few units in the last place
        s = s.add(num.subtract(s.multiply(den)).divide(den));
        DD s2 = s.square();
        DD p = INV_ODD[INV_ODD.length - 1];
        for (int n = INV_ODD.length - 2; n >= 0; n--) {
            p = p.multiply(s2).add(INV_ODD[n]);
        }
        DD logM = p.multiply(s).multiply(2);
        return e[0] == 0 ? logM : LN2.multiply(e[0]).add(logM);
    }

    /** x^y: by repeated squaring for integer y (any sign of x), else exp(y log x) for x >= 0. */
    public static DD pow(DD x, DD y) {
        double yh = y.hi();
        if (y.lo() == 0 && yh == Math.rint(yh) && Math.abs(yh) <= Integer.MAX_VALUE) {
            return x.pow((int) yh);
        }
        if (x.hi() < 0 || Double.isNaN(x.hi()) || Double.isNaN(yh)) {
            return DD.of(Double.NaN);
        }
        if (x.hi() == 0) {
            return DD.of(yh > 0 ? 0 : Double.POSITIVE_INFINITY);
        }
        return exp(y.multiply(log(x)));
    }

    public static DD pow(DD x, double y) {
        return pow(x, DD.of(y));
    }
}
