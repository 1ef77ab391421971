package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Elementary functions on commons-numbers {@link DD}, which has none, to about 1e-31 relative.
 *
 * <p>exp and log are table-driven and work on (hi, lo) pairs of doubles, allocating only the
 * returned {@link DD} (each {@link DD} operation allocates, and the earlier 27-term Taylor and
 * 25-term atanh series built from them cost about 500 ns per call):
 *
 * <ul>
 *   <li>exp: x = (256 k + j) ln2/256 + r with |r| <= ln2/512 (below 2^-9.5), e^x = 2^k 2^(j/256)
 *       e^r, with 2^(j/256) from a 256-entry table and e^r - 1 by its Taylor polynomial of degree 9
 *       (the tail r^10/10! is below 2^-117); the terms from r^6 on are below 2^-66 and summed in
 *       plain double, which moves the result by less than 2^-118. A 128-entry table would need
 *       degree 10, a 1024-entry one degree 8: 256 entries (4 KB) balance table size and terms.
 *   <li>log: x = 2^e m with m in [sqrt(1/2), sqrt(2)), m = c (1 + u) with c = 1 + j/128 exact, and
 *       log m = log c + 2 atanh(s), s = (m - c)/(m + c), |s| < 2^-8.5, by the odd series up to
 *       s^13/13 (tail below 2^-119 relative). For x near 1 (e = 0, j = 0) c = 1, log c = 0 and m -
 *       1 is exact, so the relative accuracy holds down to |x - 1| of any size, which a Newton step
 *       on exp would not give.
 * </ul>
 *
 * The tables are computed once from 60-digit (Dfp) or 80-digit (BigDecimal) values. Tables rather
 * than longer series: the series after a reduction by ln2 (exp) or to [sqrt(1/2), sqrt(2)) (log)
 * need 25 or more double-double terms, each a dependent multiply-add.
 */
public final class DDMath {
    private static final DD LN2 = DD.from(new BigDecimal(new DfpField(60).getLn2().toString()));

    /** 1/n!, n = 0..26: sinh's Taylor series for |x| < 1/2; its tail after 1/25! is below 1e-40. */
    private static final DD[] INV_FACTORIAL = new DD[27];

    private static final int TABLE_BITS = 8;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;

    /** 2^(j/256) = EXP2_HI[j] + EXP2_LO[j], j = 0..255. */
    private static final double[] EXP2_HI = new double[TABLE_SIZE];

    private static final double[] EXP2_LO = new double[TABLE_SIZE];

    /** 256/ln2, for the reduction index. */
    private static final double INV_LN2_256;

    /**
     * ln2/256 = RED1 + RED2 + RED3 to about 2^-150; RED1 has 34 significant bits, so n RED1 is
     * exact for |n| < 2^19 (|x| <= 745.2 gives |n| <= 275,237).
     */
    private static final double RED1;

    private static final double RED2;
    private static final double RED3;

    /** 1/n! as double-doubles for n = 5, 4, 3, 2, 1 (the Horner order). */
    private static final double[] EXP_C_HI = new double[5];

    private static final double[] EXP_C_LO = new double[5];
    private static final double EXP_C6 = 1.0 / 720;
    private static final double EXP_C7 = 1.0 / 5040;
    private static final double EXP_C8 = 1.0 / 40320;
    private static final double EXP_C9 = 1.0 / 362880;

    /** log table: log(1 + j/128) for j = LOG_J0..LOG_J0 + LOG_SIZE - 1 (m in [0.707, 1.415)). */
    private static final int LOG_J0 = -38;

    private static final int LOG_SIZE = 93;
    private static final double[] LOG_C_HI = new double[LOG_SIZE];
    private static final double[] LOG_C_LO = new double[LOG_SIZE];
    private static final double SQRT2 = Math.sqrt(2);

    /** 1/3 and 1/5 as double-doubles; 1/7..1/13 plain doubles (their terms are below 2^-51 s). */
    private static final double A3_HI;

    private static final double A3_LO;
    private static final double A5_HI;
    private static final double A5_LO;
    private static final double A7 = 1.0 / 7;
    private static final double A9 = 1.0 / 9;
    private static final double A11 = 1.0 / 11;
    private static final double A13 = 1.0 / 13;

    static {
        MathContext mc = new MathContext(50);
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < INV_FACTORIAL.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            INV_FACTORIAL[n] = DD.from(BigDecimal.ONE.divide(f, mc));
        }
        for (int i = 0; i < 5; i++) {
            DD c = INV_FACTORIAL[5 - i];
            EXP_C_HI[i] = c.hi();
            EXP_C_LO[i] = c.lo();
        }
        MathContext mc80 = new MathContext(80);
        // 2^(1/256) by eight square roots, then its powers: relative error below 1e-76
        BigDecimal root = BigDecimal.valueOf(2);
        for (int i = 0; i < TABLE_BITS; i++) {
            root = root.sqrt(mc80);
        }
        BigDecimal t = BigDecimal.ONE;
        for (int j = 0; j < TABLE_SIZE; j++) {
            DD d = DD.from(t);
            EXP2_HI[j] = d.hi();
            EXP2_LO[j] = d.lo();
            t = t.multiply(root, mc80);
        }
        DfpField field = new DfpField(60);
        BigDecimal ln2 = new BigDecimal(field.getLn2().toString());
        BigDecimal step = ln2.divide(BigDecimal.valueOf(TABLE_SIZE), mc80);
        INV_LN2_256 = BigDecimal.valueOf(TABLE_SIZE).divide(ln2, mc80).doubleValue();
        double r1 =
                Double.longBitsToDouble(
                        Double.doubleToRawLongBits(step.doubleValue()) & ~((1L << 19) - 1));
        BigDecimal rest = step.subtract(new BigDecimal(r1));
        double r2 = rest.doubleValue();
        RED1 = r1;
        RED2 = r2;
        RED3 = rest.subtract(new BigDecimal(r2)).doubleValue();
        for (int i = 0; i < LOG_SIZE; i++) {
            Dfp c = field.newDfp(128 + LOG_J0 + i).divide(128);
            DD d = DD.from(new BigDecimal(DfpMath.log(c).toString()));
            LOG_C_HI[i] = d.hi();
            LOG_C_LO[i] = d.lo();
        }
        DD a3 = DD.from(BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc));
        DD a5 = DD.from(BigDecimal.ONE.divide(BigDecimal.valueOf(5), mc));
        A3_HI = a3.hi();
        A3_LO = a3.lo();
        A5_HI = a5.hi();
        A5_LO = a5.lo();
    }

    private DDMath() {}

    /**
     * e^x = 2^k 2^(j/256) e^r (see the class comment); relative error about 2^-105 wherever the
     * result is a normal double-double (e^x above about 2^-968), else within 2^-1074.
     */
    public static DD exp(DD x) {
        if (Double.isNaN(x.hi())) {
            return x;
        }
        double[] low = LOW.get();
        double hi = exp(x.hi(), x.lo(), low, 0);
        return DDPairs.toDD(hi, low[0]);
    }

    /**
     * exp(DD)'s slot for the low part: a log-domain loop calls it per row, and allocates the DD.
     */
    private static final ThreadLocal<double[]> LOW = ThreadLocal.withInitial(() -> new double[1]);

    /**
     * {@link #exp(DD)} of h + l without objects, for kernels that keep double-doubles as pairs of
     * arrays: returns the high part and writes the low part to low[at] (NaN, infinity and 0 with
     * low part 0, as exp(DD) gives them but for a NaN's low part).
     */
    static double exp(double h, double l, double[] low, int at) {
        low[at] = 0;
        if (Double.isNaN(h)) {
            return h;
        }
        if (h > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (h < -745.2) {
            return 0;
        }
        double n = Math.rint(h * INV_LN2_256);
        int ni = (int) n;
        int j = ni & (TABLE_SIZE - 1);
        int k = ni >> TABLE_BITS;
        // r = x - n ln2/256 as rh + rl, to about 2^-113 absolute: h - n RED1 is exact (Sterbenz),
        // the other products exact or below 2^-76
        double s = h - n * RED1;
        double a = s + l;
        double b = Rounding.twoSumError(s, l, a);
        double p2 = n * RED2;
        double e2 = Math.fma(n, RED2, -p2);
        double a2 = a - p2;
        double c = Rounding.twoSumError(a, -p2, a2);
        double lo = ((b + c) - e2) - n * RED3;
        double rh = a2 + lo;
        double rl = lo - (rh - a2);
        // e^r - 1 = r (1 + r (1/2 + ... + r (1/5! + r q))), q = 1/6! + ... + r^3/9! in double
        double ph = EXP_C6 + rh * (EXP_C7 + rh * (EXP_C8 + rh * EXP_C9));
        double pl = 0;
        for (int i = 0; i < 5; i++) {
            // p = c_i + r p, |r p| < |c_i|/2^9
            double th = ph * rh;
            double tl = Math.fma(ph, rh, -th) + (ph * rl + pl * rh);
            double sh = EXP_C_HI[i] + th;
            double sl = ((EXP_C_HI[i] - sh) + th) + (tl + EXP_C_LO[i]);
            ph = sh + sl;
            pl = sl - (ph - sh);
        }
        double eh = rh * ph;
        double el = Math.fma(rh, ph, -eh) + (rh * pl + rl * ph);
        // e^x 2^-k = T + T (e^r - 1), |T (e^r - 1)| < T/2^9
        double th = EXP2_HI[j];
        double tl = EXP2_LO[j];
        double uh = th * eh;
        double ul = Math.fma(th, eh, -uh) + (th * el + tl * eh);
        double sh = th + uh;
        double sl = ((th - sh) + uh) + (ul + tl);
        double zh = sh + sl;
        double zl = sl - (zh - sh);
        double hi;
        double lo2;
        if (k >= -1022 && k <= 1023) {
            double scale = Double.longBitsToDouble((long) (k + 1023) << 52);
            hi = zh * scale;
            lo2 = zl * scale;
        } else {
            // k = 1024 near the overflow threshold, k < -1022 for subnormal results
            hi = Math.scalb(zh, k);
            lo2 = Math.scalb(zl, k);
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return hi;
        }
        double sum = hi + lo2;
        low[at] = Rounding.twoSumError(hi, lo2, sum);
        return sum;
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
     * log x = e ln2 + log c + 2 atanh((m - c)/(m + c)) with x = 2^e m, m in [sqrt(1/2), sqrt(2)), c
     * = 1 + j/128 the nearest (see the class comment); relative error about 2^-104, including for x
     * near 1.
     */
    public static DD log(DD x) {
        double[] low = LOW.get();
        double hi = log(x.hi(), x.lo(), low, 0);
        return DDPairs.toDD(hi, low[0]);
    }

    /**
     * {@link #log(DD)} of h + l without objects: returns the high part and writes the low part to
     * low[at] (0 for NaN, infinities and log 0 = -infinity).
     */
    static double log(double h, double l, double[] low, int at) {
        low[at] = 0;
        if (Double.isNaN(h) || h < 0) {
            return Double.NaN;
        }
        if (h == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (h == Double.POSITIVE_INFINITY) {
            return h;
        }
        int e = 0;
        if (h < Double.MIN_NORMAL) {
            h *= 0x1p54;
            l *= 0x1p54;
            e = -54;
        }
        int ex = Math.getExponent(h);
        e += ex;
        double mh =
                Double.longBitsToDouble(
                        (Double.doubleToRawLongBits(h) & 0x000fffffffffffffL)
                                | 0x3ff0000000000000L);
        double ml =
                ex == 1023 ? l * 0x1p-1023 : l * Double.longBitsToDouble((long) (1023 - ex) << 52);
        if (mh > SQRT2) {
            mh *= 0.5;
            ml *= 0.5;
            e++;
        }
        int j = (int) Math.rint((mh - 1) * 128);
        double c = 1 + j * 0x1p-7;
        // m - c and m + c as double-doubles; mh - c is exact (Sterbenz)
        double n0 = mh - c;
        double nh = n0 + ml;
        double nl = Rounding.twoSumError(n0, ml, nh);
        double dh = mh + c;
        double dl = Rounding.twoSumError(mh, c, dh) + ml;
        // s = (m - c)/(m + c): a double quotient and one correction from the exact remainder
        double q1 = nh / dh;
        double p = q1 * dh;
        double pe = Math.fma(q1, dh, -p);
        double q2 = (((nh - p) - pe) + Math.fma(-q1, dl, nl)) / dh;
        double sh = q1 + q2;
        double sl = q2 - (sh - q1);
        // z = s^2; atanh(s) = s + s z (1/3 + z (1/5 + z q)), q = 1/7 + ... + z^3/13 in double
        double zh = sh * sh;
        double zl = Math.fma(sh, sh, -zh) + 2 * sh * sl;
        double q = A7 + zh * (A9 + zh * (A11 + zh * A13));
        double th = zh * q;
        double tl = Math.fma(zh, q, -th) + zl * q;
        double ph = A5_HI + th;
        double pl = ((A5_HI - ph) + th) + (tl + A5_LO);
        th = ph * zh;
        tl = Math.fma(ph, zh, -th) + (ph * zl + pl * zh);
        double uh = A3_HI + th;
        double ul = ((A3_HI - uh) + th) + (tl + A3_LO);
        ph = uh + ul;
        pl = ul - (ph - uh);
        // w = z (1/3 + ...), then s w
        th = ph * zh;
        tl = Math.fma(ph, zh, -th) + (ph * zl + pl * zh);
        uh = sh * th;
        ul = Math.fma(sh, th, -uh) + (sh * tl + sl * th);
        // 2 atanh(s) = 2 (s + s w), |s w| < |s|/2^17
        double bh = sh + uh;
        double bl = ((sh - bh) + uh) + (ul + sl);
        bh *= 2;
        bl *= 2;
        // + log c: |log c| > |2 atanh(s)| unless j = 0, where log c = 0
        int i = j - LOG_J0;
        double ch = LOG_C_HI[i];
        double yh = ch + bh;
        double yl = ((ch - yh) + bh) + (LOG_C_LO[i] + bl);
        if (e == 0) {
            double y = yh + yl;
            low[at] = Rounding.twoSumError(yh, yl, y);
            return y;
        }
        // + e ln2 (|e ln2| > 0.69 > |log m|), the sum of the high and of the low parts each exact
        double gh = e * LN2.hi();
        double gl = Math.fma(e, LN2.hi(), -gh) + e * LN2.lo();
        return DDPairs.add(gh, gl, yh, yl, low, at);
    }

    /** x^y: by repeated squaring for integer y (any sign of x), else exp(y log x) for x >= 0. */
    public static DD pow(DD x, DD y) {
        double yh = y.hi();
        if (integer(yh, y.lo())) {
            return x.pow((int) yh);
        }
        double[] low = LOW.get();
        double hi = pow(x.hi(), x.lo(), yh, y.lo(), low, 0);
        return DDPairs.toDD(hi, low[0]);
    }

    private static boolean integer(double yh, double yl) {
        return yl == 0 && yh == Math.rint(yh) && Math.abs(yh) <= Integer.MAX_VALUE;
    }

    /**
     * x^y of pairs without objects (high part returned, low part in low[at]): integer y by repeated
     * squaring (any sign of x), else exp(y log x) for x >= 0, NaN for x < 0.
     */
    static double pow(double h, double l, double yh, double yl, double[] low, int at) {
        if (integer(yh, yl)) {
            return powInt(h, l, (long) yh, low, at);
        }
        low[at] = 0;
        if (h < 0 || Double.isNaN(h) || Double.isNaN(yh)) {
            return Double.NaN;
        }
        if (h == 0) {
            return yh > 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        double gh = log(h, l, low, at);
        double ph = DDPairs.multiply(yh, yl, gh, low[at], low, at);
        return exp(ph, low[at], low, at);
    }

    /** x^n by repeated squaring, 1/x^-n for n < 0. */
    private static double powInt(double h, double l, long n, double[] low, int at) {
        double rh = 1, rl = 0;
        double bh = h, bl = l;
        for (long k = Math.abs(n); k > 0; k >>= 1) {
            if ((k & 1) == 1) {
                rh = DDPairs.multiply(rh, rl, bh, bl, low, at);
                rl = low[at];
            }
            if (k > 1) {
                bh = DDPairs.multiply(bh, bl, bh, bl, low, at);
                bl = low[at];
            }
        }
        if (n >= 0) {
            low[at] = rl;
            return rh;
        }
        return DDPairs.divide(1, 0, rh, rl, low, at);
    }

    public static DD pow(DD x, double y) {
        return pow(x, DD.of(y));
    }
}
