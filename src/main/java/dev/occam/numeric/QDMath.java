package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp, log and pow of quad-doubles ({@link QD} layout), to a few units of 2^-209 relative, the same
 * table-driven reductions as {@link DDMath} with longer polynomials:
 *
 * <ul>
 *   <li>exp: x = (256 k + j) ln2/256 + r, |r| <= ln2/512 < 2^-9.5, e^x = 2^k 2^(j/256) e^r; e^r - 1
 *       by its Taylor polynomial of degree 17 (the tail r^18/18! is below 2^-223). The terms from
 *       r^11 on are below 2^-120 relative and are summed in double-double (their 2^-104 error is
 *       then below 2^-224), the rest by quad-double Horner steps.
 *   <li>log: x = 2^e m, m in [sqrt(1/2), sqrt(2)), c = 1 + j/128 the nearest, log m = log c + 2
 *       atanh(s), s = (m - c)/(m + c), |s| < 2^-8.5, odd series to s^27/27 (tail below 2^-229
 *       relative); terms from s^15 on in double-double. m - c is exact, so x near 1 (j = 0) keeps
 *       its relative accuracy for |x - 1| of any size.
 * </ul>
 *
 * Tables (256 + 93 quad-doubles) come from 100-digit Dfp/BigDecimal values at class load.
 */
final class QDMath {
    /** Scratch doubles the functions need, beyond {@link QD#SCRATCH} for the kernels. */
    static final int SCRATCH = QD.SCRATCH + 32;

    private static final int A = QD.SCRATCH;
    private static final int B = A + 4;
    private static final int C = A + 8;
    private static final int D = A + 12;
    private static final int E = A + 16;

    /** pow's slots, which log and exp leave alone. */
    private static final int U = A + 20;

    private static final int V = A + 24;
    private static final int W = A + 28;

    private static final int TABLE_SIZE = 256;
    private static final double[] EXP2 = new double[4 * TABLE_SIZE];
    private static final double INV_LN2_256;

    /** ln2/256 = RED0 + (RED[0..3]); RED0 has 34 bits so n RED0 is exact for |n| < 2^19. */
    private static final double RED0;

    private static final double[] RED = new double[4];

    /** 1/n!, n = 0..10, as quad-doubles; 11..17 as double-doubles. */
    private static final double[] INV_FACT = new double[4 * 11];

    private static final double[] INV_FACT_HI = new double[18];
    private static final double[] INV_FACT_LO = new double[18];

    private static final int LOG_J0 = -38;
    private static final int LOG_SIZE = 93;
    private static final double[] LOG_C = new double[4 * LOG_SIZE];
    private static final double[] LN2 = new double[4];
    private static final double SQRT2 = Math.sqrt(2);

    /** 1/(2k+1), k = 0..6 as quad-doubles, 7..13 as double-doubles. */
    private static final double[] ODD = new double[4 * 7];

    private static final double[] ODD_HI = new double[14];
    private static final double[] ODD_LO = new double[14];

    static {
        MathContext mc = new MathContext(100);
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < 18; n++) {
            if (n > 0) f = f.multiply(BigDecimal.valueOf(n));
            BigDecimal inv = BigDecimal.ONE.divide(f, mc);
            if (n < 11) QD.from(inv, INV_FACT, 4 * n);
            double[] q = QD.from(inv);
            INV_FACT_HI[n] = q[0];
            INV_FACT_LO[n] = q[1];
        }
        BigDecimal root = BigDecimal.valueOf(2);
        for (int i = 0; i < 8; i++) root = root.sqrt(mc);
        BigDecimal p = BigDecimal.ONE;
        for (int j = 0; j < TABLE_SIZE; j++) {
            QD.from(p, EXP2, 4 * j);
            p = p.multiply(root, mc);
        }
        DfpField field = new DfpField(100);
        BigDecimal ln2 = new BigDecimal(field.getLn2().toString());
        QD.from(ln2, LN2, 0);
        BigDecimal step = ln2.divide(BigDecimal.valueOf(TABLE_SIZE), mc);
        INV_LN2_256 = BigDecimal.valueOf(TABLE_SIZE).divide(ln2, mc).doubleValue();
        RED0 =
                Double.longBitsToDouble(
                        Double.doubleToRawLongBits(step.doubleValue()) & ~((1L << 19) - 1));
        QD.from(step.subtract(new BigDecimal(RED0)), RED, 0);
        for (int i = 0; i < LOG_SIZE; i++) {
            Dfp c = field.newDfp(128 + LOG_J0 + i).divide(128);
            QD.from(new BigDecimal(DfpMath.log(c).toString()), LOG_C, 4 * i);
        }
        for (int k = 0; k < 14; k++) {
            BigDecimal inv = BigDecimal.ONE.divide(BigDecimal.valueOf(2 * k + 1), mc);
            if (k < 7) QD.from(inv, ODD, 4 * k);
            double[] q = QD.from(inv);
            ODD_HI[k] = q[0];
            ODD_LO[k] = q[1];
        }
    }

    private QDMath() {}

    /** r = e^x (see the class comment); 0 below e^-745.2, +inf above e^709.8. */
    static void exp(double[] x, int ix, double[] r, int o, double[] t) {
        double h = x[ix];
        if (Double.isNaN(h)) {
            QD.set(r, o, h);
            return;
        }
        if (h > 709.8) {
            QD.set(r, o, Double.POSITIVE_INFINITY);
            return;
        }
        if (h < -745.2) {
            QD.set(r, o, 0);
            return;
        }
        double n = Math.rint(h * INV_LN2_256);
        int ni = (int) n;
        int j = ni & (TABLE_SIZE - 1);
        int k = ni >> 8;
        // reduced argument into A: x - n RED0 (n RED0 exact), then - n RED
        QD.add(x, ix, -n * RED0, t, A, t);
        QD.mul(RED, 0, n, t, B);
        QD.add(t, A, t, B, true, t, A, t);
        // terms r^11/11! .. r^17/17! in double-double: p = 1/11! + r (1/12! + ...)
        ddHorner(t[A], t[A + 1], INV_FACT_HI, INV_FACT_LO, 17, 11, t, B);
        // quad-double Horner steps p = 1/m! + r p, m = 10..1, then e^r - 1 = r p
        for (int m = 10; m >= 1; m--) {
            QD.mul(t, B, t, A, t, B);
            QD.addFast(t, B, INV_FACT, 4 * m, t, B);
        }
        QD.mul(t, B, t, A, t, B);
        // 2^(j/256) e^r = T + T (e^r - 1)
        QD.mul(t, B, EXP2, 4 * j, t, B);
        QD.addFast(t, B, EXP2, 4 * j, t, B);
        if (k >= -1022 && k <= 1023) {
            QD.scalePow2(t, B, Double.longBitsToDouble((long) (k + 1023) << 52), r, o);
            // below about 2^-860 the low components are subnormal and have rounded
            if (k >= -860) return;
            QD.renorm(r[o], r[o + 1], r[o + 2], r[o + 3], 0, r, o);
            return;
        }
        QD.renorm(
                Math.scalb(t[B], k),
                Math.scalb(t[B + 1], k),
                Math.scalb(t[B + 2], k),
                Math.scalb(t[B + 3], k),
                0,
                r,
                o);
    }

    /** r = log x (see the class comment); NaN for x < 0, -inf at 0. */
    static void log(double[] x, int ix, double[] r, int o, double[] t) {
        double h = x[ix];
        if (Double.isNaN(h) || h < 0) {
            QD.set(r, o, Double.NaN);
            return;
        }
        if (h == 0 || h == Double.POSITIVE_INFINITY) {
            QD.set(r, o, h == 0 ? Double.NEGATIVE_INFINITY : h);
            return;
        }
        int e = Math.getExponent(h);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(h * 0x1p54) - 54;
        }
        // m = x 2^-e in [1, 2), into A (exact unless a low component of x was subnormal)
        for (int i = 0; i < 4; i++) t[A + i] = Math.scalb(x[ix + i], -e);
        if (t[A] > SQRT2) {
            QD.scalePow2(t, A, 0.5, t, A);
            e++;
        }
        int j = (int) Math.rint((t[A] - 1) * 128);
        double c = 1 + j * 0x1p-7;
        // s = (m - c)/(m + c) into D, z = s^2 into C
        QD.add(t, A, -c, t, B, t);
        QD.add(t, A, c, t, C, t); // m + c: no cancellation, but a double operand
        QD.div(t, B, t, C, t, D, t);
        twoAtanh(t);
        // + log c, + e ln2
        QD.addFast(t, B, LOG_C, 4 * (j - LOG_J0), t, B);
        if (e != 0) {
            QD.mul(LN2, 0, e, t, E);
            QD.addFast(t, B, t, E, t, B);
        }
        QD.copy(t, B, r, o);
    }

    /**
     * r = log(1 + x) for x > -1, relative to the result for x of any size: for |x| < 2^-8 as 2
     * atanh(s), s = x/(2 + x) (no cancellation, |s| < 2^-9 within the series' range), a few units
     * of 2^-209; else as log(1 + x), where rounding 1 + x adds at most 2^-212/2^-8 = 2^-204.
     */
    static void log1p(double[] x, int ix, double[] r, int o, double[] t) {
        if (!(Math.abs(x[ix]) < 0x1p-8)) {
            QD.add(x, ix, 1, t, E, t);
            log(t, E, r, o, t);
            return;
        }
        QD.add(x, ix, 2, t, C, t);
        QD.div(x, ix, t, C, t, D, t);
        twoAtanh(t);
        QD.copy(t, B, r, o);
    }

    /**
     * t[B] = 2 atanh(s) for s at t[D], |s| < 2^-8.5, by the odd series to s^27/27; z = s^2 to C.
     */
    private static void twoAtanh(double[] t) {
        QD.mul(t, D, t, D, t, C);
        // terms z^7/15 .. z^13/27 in double-double: p = 1/15 + z (1/17 + ...)
        ddHorner(t[C], t[C + 1], ODD_HI, ODD_LO, 13, 7, t, B);
        // p = 1/(2k+1) + z p, k = 6..1; atanh(s) = s + s z p
        for (int k = 6; k >= 1; k--) {
            QD.mul(t, B, t, C, t, B);
            QD.addFast(t, B, ODD, 4 * k, t, B);
        }
        QD.mul(t, B, t, C, t, B);
        QD.mul(t, B, t, D, t, B);
        QD.addFast(t, B, t, D, t, B);
        QD.scalePow2(t, B, 2, t, B);
    }

    /**
     * r = x^y: by repeated squaring for an integer y (any sign of x), else exp(y log x), x >= 0.
     */
    static void pow(double[] x, int ix, double[] y, int iy, double[] r, int o, double[] t) {
        double yh = y[iy];
        if (y[iy + 1] == 0 && yh == Math.rint(yh) && Math.abs(yh) <= Integer.MAX_VALUE) {
            powInt(x, ix, (int) yh, r, o, t);
            return;
        }
        double xh = x[ix];
        if (xh < 0 || Double.isNaN(xh) || Double.isNaN(yh)) {
            QD.set(r, o, Double.NaN);
            return;
        }
        if (xh == 0) {
            QD.set(r, o, yh > 0 ? 0 : Double.POSITIVE_INFINITY);
            return;
        }
        QD.copy(y, iy, t, U); // y may be r
        log(x, ix, r, o, t);
        QD.mul(r, o, t, U, r, o);
        exp(r, o, r, o, t);
    }

    /** x^n by repeated squaring: the base in V, the product in W, then 1/product for n < 0. */
    private static void powInt(double[] x, int ix, int n, double[] r, int o, double[] t) {
        QD.copy(x, ix, t, V);
        QD.set(t, W, 1);
        long m = Math.abs((long) n);
        while (m > 0) {
            if ((m & 1) != 0) QD.mul(t, W, t, V, t, W);
            m >>= 1;
            if (m > 0) QD.mul(t, V, t, V, t, V);
        }
        if (n < 0) {
            QD.set(t, V, 1);
            QD.div(t, V, t, W, t, W, t);
        }
        QD.copy(t, W, r, o);
    }

    /**
     * The tail of a series in double-double: p = c_bottom + x (c_(bottom+1) + ... + x c_top), the
     * coefficients c_m = hi[m] + lo[m], x = xh + xl; stored as a quad-double at t[at..at+3] (its
     * last two words 0) for the quad-double Horner steps that follow. These terms are small enough
     * that double-double carries them to the quad-double result's accuracy.
     */
    private static void ddHorner(
            double xh,
            double xl,
            double[] hi,
            double[] lo,
            int top,
            int bottom,
            double[] t,
            int at) {
        double ph = hi[top];
        double pl = lo[top];
        for (int m = top - 1; m >= bottom; m--) {
            double th = ph * xh;
            double tl = Math.fma(ph, xh, -th) + (ph * xl + pl * xh);
            double sh = hi[m] + th;
            double sl = Rounding.twoSumError(hi[m], th, sh) + (tl + lo[m]);
            ph = sh + sl;
            pl = sl - (ph - sh);
        }
        t[at] = ph;
        t[at + 1] = pl;
        t[at + 2] = 0;
        t[at + 3] = 0;
    }
}
