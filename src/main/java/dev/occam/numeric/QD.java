package dev.occam.numeric;

import java.math.BigDecimal;

/**
 * Quad-double kernels: a number is four doubles x0 + x1 + x2 + x3 stored at a[o..o+3], with |x_k+1|
 * <= ulp(x_k)/2 (non-overlapping, x0 = fl(sum)), about 212 significant bits (Hida, Li and Bailey,
 * "Algorithms for quad-double precision floating point arithmetic", the QD library). Every kernel
 * reads its operands into locals before writing, so the result may overwrite an operand, and
 * allocates nothing: what needs room borrows the caller's scratch array (see {@link #SCRATCH}).
 *
 * <p>Addition is the accurate kind: the eight components are merged by magnitude and renormalized
 * (VecSum, then VecSumErrBranch, of Joldes, Muller and Popescu), so a sum that cancels keeps its
 * relative accuracy, which QD's "sloppy" pairwise add does not. Multiplication is QD's: the
 * products of order eps^0..eps^2 by TwoProd (fma), those of order eps^3 in plain double, relative
 * error a few units of 2^-212.
 */
final class QD {
    /** Scratch doubles a kernel may need: add uses [0, 8), div [8, 20) and what add uses. */
    static final int SCRATCH = 20;

    private static final int DIV = 8;

    private QD() {}

    static void set(double[] r, int o, double x) {
        r[o] = x;
        r[o + 1] = 0;
        r[o + 2] = 0;
        r[o + 3] = 0;
    }

    static void copy(double[] a, int ia, double[] r, int o) {
        System.arraycopy(a, ia, r, o, 4);
    }

    static void negate(double[] a, int ia, double[] r, int o) {
        r[o] = -a[ia];
        r[o + 1] = -a[ia + 1];
        r[o + 2] = -a[ia + 2];
        r[o + 3] = -a[ia + 3];
    }

    /** x 2^k exactly while the components stay normal (k a small integer, |2^k| finite). */
    static void scalePow2(double[] a, int ia, double p, double[] r, int o) {
        r[o] = a[ia] * p;
        r[o + 1] = a[ia + 1] * p;
        r[o + 2] = a[ia + 2] * p;
        r[o + 3] = a[ia + 3] * p;
    }

    /**
     * Stores c0 + ... + c4 (c0 the largest, each at most about ulp of the one before) as four
     * non-overlapping components: QD's renorm, a bottom-up and a top-down quick-two-sum pass that
     * skips zeros.
     */
    static void renorm(double c0, double c1, double c2, double c3, double c4, double[] r, int o) {
        if (!Double.isFinite(c0)) {
            set(r, o, c0);
            return;
        }
        double s = c3 + c4;
        c4 = c4 - (s - c3);
        double t = c2 + s;
        c3 = s - (t - c2);
        s = t;
        t = c1 + s;
        c2 = s - (t - c1);
        s = t;
        t = c0 + s;
        c1 = s - (t - c0);
        c0 = t;
        double s0 = c0;
        double s1 = c1;
        double s2 = 0;
        double s3 = 0;
        if (s1 != 0) {
            t = s1 + c2;
            s2 = c2 - (t - s1);
            s1 = t;
            if (s2 != 0) {
                t = s2 + c3;
                s3 = c3 - (t - s2);
                s2 = t;
                if (s3 != 0) {
                    s3 += c4;
                } else {
                    t = s2 + c4;
                    s3 = c4 - (t - s2);
                    s2 = t;
                }
            } else {
                t = s1 + c3;
                s2 = c3 - (t - s1);
                s1 = t;
                if (s2 != 0) {
                    t = s2 + c4;
                    s3 = c4 - (t - s2);
                    s2 = t;
                } else {
                    t = s1 + c4;
                    s2 = c4 - (t - s1);
                    s1 = t;
                }
            }
        } else {
            t = s0 + c2;
            s1 = c2 - (t - s0);
            s0 = t;
            if (s1 != 0) {
                t = s1 + c3;
                s2 = c3 - (t - s1);
                s1 = t;
                if (s2 != 0) {
                    t = s2 + c4;
                    s3 = c4 - (t - s2);
                    s2 = t;
                } else {
                    t = s1 + c4;
                    s2 = c4 - (t - s1);
                    s1 = t;
                }
            } else {
                t = s0 + c3;
                s1 = c3 - (t - s0);
                s0 = t;
                if (s1 != 0) {
                    t = s1 + c4;
                    s2 = c4 - (t - s1);
                    s1 = t;
                } else {
                    t = s0 + c4;
                    s1 = c4 - (t - s0);
                    s0 = t;
                }
            }
        }
        r[o] = s0;
        r[o + 1] = s1;
        r[o + 2] = s2;
        r[o + 3] = s3;
    }

    /** r = a + b (sub: a - b). */
    static void add(
            double[] a, int ia, double[] b, int ib, boolean sub, double[] r, int o, double[] t) {
        double sb = sub ? -1 : 1;
        double first = a[ia] + sb * b[ib];
        if (!Double.isFinite(first)) {
            set(r, o, first);
            return;
        }
        // merge the two magnitude-ordered expansions into t[0..7], largest first
        int i = 0;
        int j = 0;
        for (int k = 0; k < 8; k++) {
            if (j == 4 || (i < 4 && Math.abs(a[ia + i]) >= Math.abs(b[ib + j]))) {
                t[k] = a[ia + i++];
            } else {
                t[k] = sb * b[ib + j++];
            }
        }
        renormalize8(t, r, o);
    }

    /**
     * r = a + b by QD's pairwise ("sloppy") addition: TwoSums of matching components, then renorm.
     * Its error is a few units of 2^-212 of |a| + |b|, not of |a + b|: for sums without
     * cancellation (Horner steps, positive terms) and for sums of products, whose error bound is
     * stated against the summed magnitudes anyway. About half the cost of {@link #add}.
     */
    static void addFast(double[] a, int ia, double[] b, int ib, double[] r, int o) {
        double a0 = a[ia];
        double b0 = b[ib];
        double s0 = a0 + b0;
        if (!Double.isFinite(s0)) {
            set(r, o, s0);
            return;
        }
        double a1 = a[ia + 1];
        double b1 = b[ib + 1];
        double a2 = a[ia + 2];
        double b2 = b[ib + 2];
        double a3 = a[ia + 3];
        double b3 = b[ib + 3];
        double t0 = Rounding.twoSumError(a0, b0, s0);
        double s1 = a1 + b1;
        double t1 = Rounding.twoSumError(a1, b1, s1);
        double s2 = a2 + b2;
        double t2 = Rounding.twoSumError(a2, b2, s2);
        double s3 = a3 + b3;
        double t3 = Rounding.twoSumError(a3, b3, s3);
        // s1 = two-sum (s1, t0)
        double u = s1 + t0;
        t0 = Rounding.twoSumError(s1, t0, u);
        s1 = u;
        // three-sum (s2, t0, t1)
        double v1 = s2 + t0;
        double v2 = Rounding.twoSumError(s2, t0, v1);
        s2 = t1 + v1;
        double v3 = Rounding.twoSumError(t1, v1, s2);
        t0 = v2 + v3;
        t1 = Rounding.twoSumError(v2, v3, t0);
        // three-sum-2 (s3, t0, t2)
        v1 = s3 + t0;
        v2 = Rounding.twoSumError(s3, t0, v1);
        s3 = t2 + v1;
        v3 = Rounding.twoSumError(t2, v1, s3);
        t0 = v2 + v3;
        renorm(s0, s1, s2, s3, t0 + t1 + t3, r, o);
    }

    /** r = a + b for a double b. */
    static void add(double[] a, int ia, double b, double[] r, int o, double[] t) {
        double first = a[ia] + b;
        if (!Double.isFinite(first)) {
            set(r, o, first);
            return;
        }
        int i = 0;
        boolean placed = false;
        for (int k = 0; k < 5; k++) {
            if (placed || (i < 4 && Math.abs(a[ia + i]) >= Math.abs(b))) {
                t[k] = a[ia + i++];
            } else {
                t[k] = b;
                placed = true;
            }
        }
        t[5] = 0;
        t[6] = 0;
        t[7] = 0;
        renormalize8(t, r, o);
    }

    /**
     * The eight magnitude-ordered terms in t[0..7] to four components: VecSum (bottom-up TwoSums,
     * which make t[0] the rounded total and keep the sum exact) and VecSumErrBranch (top-down fast
     * TwoSums keeping the first five nonzero errors), then renorm of those five.
     */
    private static void renormalize8(double[] t, double[] r, int o) {
        double s = t[7];
        for (int k = 6; k >= 0; k--) {
            double x = t[k];
            double u = x + s;
            t[k + 1] = Rounding.twoSumError(x, s, u);
            s = u;
        }
        t[0] = s;
        double f0 = 0;
        double f1 = 0;
        double f2 = 0;
        double f3 = 0;
        double f4 = 0;
        int j = 0;
        double eps = t[0];
        for (int k = 1; k < 8; k++) {
            double y = t[k];
            double u = eps + y;
            double e = y - (u - eps);
            if (e != 0) {
                switch (j) {
                    case 0 -> f0 = u;
                    case 1 -> f1 = u;
                    case 2 -> f2 = u;
                    case 3 -> f3 = u;
                    default -> f4 = u;
                }
                if (j == 4) {
                    renorm(f0, f1, f2, f3, f4, r, o);
                    return;
                }
                j++;
                eps = e;
            } else {
                eps = u;
            }
        }
        switch (j) {
            case 0 -> f0 = eps;
            case 1 -> f1 = eps;
            case 2 -> f2 = eps;
            case 3 -> f3 = eps;
            default -> f4 = eps;
        }
        renorm(f0, f1, f2, f3, f4, r, o);
    }

    /** r = a b: QD's product, the terms of order eps^3 in double. */
    static void mul(double[] a, int ia, double[] b, int ib, double[] r, int o) {
        double a0 = a[ia];
        double a1 = a[ia + 1];
        double a2 = a[ia + 2];
        double a3 = a[ia + 3];
        double b0 = b[ib];
        double b1 = b[ib + 1];
        double b2 = b[ib + 2];
        double b3 = b[ib + 3];
        double p0 = a0 * b0;
        if (!Double.isFinite(p0) || p0 == 0) {
            set(r, o, p0);
            return;
        }
        double q0 = Math.fma(a0, b0, -p0);
        double p1 = a0 * b1;
        double q1 = Math.fma(a0, b1, -p1);
        double p2 = a1 * b0;
        double q2 = Math.fma(a1, b0, -p2);
        double p3 = a0 * b2;
        double q3 = Math.fma(a0, b2, -p3);
        double p4 = a1 * b1;
        double q4 = Math.fma(a1, b1, -p4);
        double p5 = a2 * b0;
        double q5 = Math.fma(a2, b0, -p5);
        // three-sum (p1, p2, q0)
        double t1 = p1 + p2;
        double t2 = Rounding.twoSumError(p1, p2, t1);
        double u = q0 + t1;
        double t3 = Rounding.twoSumError(q0, t1, u);
        p1 = u;
        double v = t2 + t3;
        q0 = Rounding.twoSumError(t2, t3, v);
        p2 = v;
        // three-sum (p2, q1, q2)
        t1 = p2 + q1;
        t2 = Rounding.twoSumError(p2, q1, t1);
        u = q2 + t1;
        t3 = Rounding.twoSumError(q2, t1, u);
        p2 = u;
        v = t2 + t3;
        q2 = Rounding.twoSumError(t2, t3, v);
        q1 = v;
        // three-sum (p3, p4, p5)
        t1 = p3 + p4;
        t2 = Rounding.twoSumError(p3, p4, t1);
        u = p5 + t1;
        t3 = Rounding.twoSumError(p5, t1, u);
        p3 = u;
        v = t2 + t3;
        p5 = Rounding.twoSumError(t2, t3, v);
        p4 = v;
        // (s0, s1, s2) = (p2, q1, q2) + (p3, p4, p5)
        double s0 = p2 + p3;
        double e0 = Rounding.twoSumError(p2, p3, s0);
        double s1 = q1 + p4;
        double e1 = Rounding.twoSumError(q1, p4, s1);
        double s2 = q2 + p5;
        u = s1 + e0;
        e0 = Rounding.twoSumError(s1, e0, u);
        s1 = u;
        s2 += e0 + e1;
        // order eps^3
        s1 += a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + q0 + q3 + q4 + q5;
        renorm(p0, p1, s0, s1, s2, r, o);
    }

    /** r = a b for a double b: QD's mul_qd_d. */
    static void mul(double[] a, int ia, double b, double[] r, int o) {
        double p0 = a[ia] * b;
        if (!Double.isFinite(p0) || p0 == 0) {
            set(r, o, p0);
            return;
        }
        double q0 = Math.fma(a[ia], b, -p0);
        double p1 = a[ia + 1] * b;
        double q1 = Math.fma(a[ia + 1], b, -p1);
        double p2 = a[ia + 2] * b;
        double q2 = Math.fma(a[ia + 2], b, -p2);
        double p3 = a[ia + 3] * b;
        double s1 = q0 + p1;
        double s2 = Rounding.twoSumError(q0, p1, s1);
        // three-sum (s2, q1, p2)
        double t1 = s2 + q1;
        double t2 = Rounding.twoSumError(s2, q1, t1);
        s2 = p2 + t1;
        double t3 = Rounding.twoSumError(p2, t1, s2);
        q1 = t2 + t3;
        p2 = Rounding.twoSumError(t2, t3, q1);
        // three-sum-2 (q1, q2, p3)
        t1 = q1 + q2;
        t2 = Rounding.twoSumError(q1, q2, t1);
        double s3 = p3 + t1;
        t3 = Rounding.twoSumError(p3, t1, s3);
        double s4 = (t2 + t3) + p2;
        renorm(p0, s1, s2, s3, s4, r, o);
    }

    /**
     * r = a / b: QD's long division, five quotient digits q_k = rem_0 / b_0 with the remainder
     * updated by an exact-enough QD multiply-subtract.
     */
    static void div(double[] a, int ia, double[] b, int ib, double[] r, int o, double[] t) {
        double b0 = b[ib];
        double q0 = a[ia] / b0;
        if (!Double.isFinite(q0) || q0 == 0) {
            set(r, o, q0);
            return;
        }
        int rem = DIV;
        int prod = DIV + 4;
        int bb = DIV + 8;
        copy(b, ib, t, bb); // b may be r
        copy(a, ia, t, rem);
        mul(t, bb, q0, t, prod);
        add(t, rem, t, prod, true, t, rem, t);
        double q1 = t[rem] / b0;
        mul(t, bb, q1, t, prod);
        add(t, rem, t, prod, true, t, rem, t);
        double q2 = t[rem] / b0;
        mul(t, bb, q2, t, prod);
        add(t, rem, t, prod, true, t, rem, t);
        double q3 = t[rem] / b0;
        mul(t, bb, q3, t, prod);
        add(t, rem, t, prod, true, t, rem, t);
        double q4 = t[rem] / b0;
        renorm(q0, q1, q2, q3, q4, r, o);
    }

    /** sign of a - b compared component by component (both non-overlapping, normalized). */
    static int compare(double[] a, int ia, double[] b, int ib) {
        for (int k = 0; k < 4; k++) {
            int c = Double.compare(a[ia + k] + 0.0, b[ib + k] + 0.0);
            if (c != 0) return c;
        }
        return 0;
    }

    /** |a| compared with |b|. */
    static int compareAbs(double[] a, int ia, double[] b, int ib) {
        boolean na = a[ia] < 0;
        boolean nb = b[ib] < 0;
        for (int k = 0; k < 4; k++) {
            double x = na ? -a[ia + k] : a[ia + k];
            double y = nb ? -b[ib + k] : b[ib + k];
            if (x != y) return x < y ? -1 : 1;
        }
        return 0;
    }

    /** The exact value of the four components. */
    static BigDecimal decimal(double[] a, int ia) {
        BigDecimal s = new BigDecimal(a[ia]);
        for (int k = 1; k < 4; k++) {
            if (a[ia + k] != 0) s = s.add(new BigDecimal(a[ia + k]));
        }
        return s;
    }

    /**
     * d rounded to a quad-double: x0 = d rounded to double, x1 the exact remainder rounded, and so
     * on, so the components are non-overlapping and the error is below ulp(x3)/2, about 2^-213 d,
     * while the components stay normal (|d| above about 2^-860).
     */
    static void from(BigDecimal d, double[] r, int o) {
        double x0 = d.doubleValue();
        if (!Double.isFinite(x0) || x0 == 0) {
            set(r, o, x0);
            return;
        }
        BigDecimal rest = d.subtract(new BigDecimal(x0));
        double x1 = rest.doubleValue();
        rest = rest.subtract(new BigDecimal(x1));
        double x2 = rest.doubleValue();
        rest = rest.subtract(new BigDecimal(x2));
        double x3 = rest.doubleValue();
        r[o] = x0;
        r[o + 1] = x1;
        r[o + 2] = x2;
        r[o + 3] = x3;
    }

    static double[] from(BigDecimal d) {
        double[] r = new double[4];
        from(d, r, 0);
        return r;
    }

    /** Scratch doubles {@link #sqrt} needs. */
    static final int SQRT_SCRATCH = SCRATCH + 12;

    /**
     * sqrt(a) by Heron's iteration x = (x + a/x)/2 from the double root: 53, 106, 212 bits. t: at
     * least {@link #SQRT_SCRATCH} doubles.
     */
    static void sqrt(double[] a, int ia, double[] r, int o, double[] t) {
        double a0 = a[ia];
        if (a0 <= 0 || !Double.isFinite(a0)) {
            set(r, o, a0 == 0 ? 0 : a0 > 0 ? a0 : Double.NaN);
            return;
        }
        int c = SCRATCH;
        int x = c + 4;
        int q = c + 8;
        copy(a, ia, t, c);
        set(t, x, Math.sqrt(a0));
        for (int k = 0; k < 3; k++) {
            div(t, c, t, x, t, q, t);
            add(t, x, t, q, false, t, x, t);
            scalePow2(t, x, 0.5, t, x);
        }
        copy(t, x, r, o);
    }
}
