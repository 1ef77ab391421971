package dev.occam.numeric;

/**
 * Directed rounding on top of Java's round-to-nearest. Correctly rounded operations (+, *, /, sqrt)
 * are rounded down or up by their exact error term (TwoSum or an fma residual), so exact results
 * stay exact; where that term is not exact (results near underflow) they step one ulp. Library
 * functions (Math.exp, Math.sin, ...) are specified to 1 to 2.5 ulps, so their results are widened
 * by a relative margin of 2^-49 (8 ulps) plus 2^-1071 for subnormal results.
 *
 * <p>Overflow: a correctly rounded result of +inf from finite operands means the exact result
 * exceeds {@link Double#MAX_VALUE}, which is therefore a valid lower bound (and -inf a valid one
 * for a negative overflow).
 */
final class Rounding {
    /** Results in [2^-960, 2^1000] have exactly representable error terms. */
    private static final double SAFE_MIN = 0x1p-960;

    private static final double SAFE_MAX = 0x1p1000;
    private static final double LIBRARY_RELATIVE = 0x1p-49;
    private static final double LIBRARY_ABSOLUTE = 0x1p-1071;

    private Rounding() {}

    private static boolean safe(double r) {
        double m = Math.abs(r);
        return m >= SAFE_MIN && m <= SAFE_MAX;
    }

    /** Lower bound of a + b; a and b are not +inf (lower endpoints never are). */
    static double addDown(double a, double b) {
        double s = a + b;
        if (Double.isInfinite(s)) {
            return s > 0 && !Double.isInfinite(a) && !Double.isInfinite(b) ? Double.MAX_VALUE : s;
        }
        if (Math.abs(s) > SAFE_MAX) {
            return Math.nextDown(s);
        }
        return twoSumError(a, b, s) < 0 ? Math.nextDown(s) : s;
    }

    /** Upper bound of a + b; a and b are not -inf. */
    static double addUp(double a, double b) {
        double s = a + b;
        if (Double.isInfinite(s)) {
            return s < 0 && !Double.isInfinite(a) && !Double.isInfinite(b) ? -Double.MAX_VALUE : s;
        }
        if (Math.abs(s) > SAFE_MAX) {
            return Math.nextUp(s);
        }
        return twoSumError(a, b, s) > 0 ? Math.nextUp(s) : s;
    }

    /** Knuth's TwoSum: a + b - s exactly, for s = fl(a + b) finite (a - b: pass -b). */
    static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /** Lower bound of a * b, with 0 * inf = 0 (an infinite endpoint is a limit, 0 a point). */
    static double mulDown(double a, double b) {
        return mul(a, b, false);
    }

    static double mulUp(double a, double b) {
        return mul(a, b, true);
    }

    private static double mul(double a, double b, boolean up) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double p = a * b;
        boolean positive = (a > 0) == (b > 0);
        if (Double.isInfinite(p)) {
            return Double.isInfinite(a) || Double.isInfinite(b) ? p : overflow(positive, up);
        }
        if (!safe(p)) {
            return tiny(p, positive, up);
        }
        double e = Math.fma(a, b, -p); // a*b = p + e exactly
        return up ? (e > 0 ? Math.nextUp(p) : p) : (e < 0 ? Math.nextDown(p) : p);
    }

    /** Lower bound of a / b for a, b not both infinite and b != 0 unless signed (a/+0 = +-inf). */
    static double divDown(double a, double b) {
        return div(a, b, false);
    }

    static double divUp(double a, double b) {
        return div(a, b, true);
    }

    private static double div(double a, double b, boolean up) {
        if (a == 0) {
            return 0;
        }
        boolean positive = (a > 0) == (b > 0 || (b == 0 && 1 / b > 0));
        if (b == 0 || Double.isInfinite(a)) {
            return positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY; // limits
        }
        if (Double.isInfinite(b)) {
            return 0; // limit of a finite a over an unbounded b
        }
        double q = a / b;
        if (Double.isInfinite(q)) {
            return overflow(positive, up);
        }
        if (!safe(q) || !safe(b) || !safe(a)) {
            return tiny(q, positive, up);
        }
        double e = Math.fma(q, b, -a); // q*b - a exactly, so a/b = q - e/b
        if (e == 0) {
            return q;
        }
        boolean qAbove = (e > 0) == (b > 0);
        return up ? (qAbove ? q : Math.nextUp(q)) : (qAbove ? Math.nextDown(q) : q);
    }

    /** Lower or upper bound of sqrt(x), x >= 0. */
    static double sqrt(double x, boolean up) {
        double s = Math.sqrt(x);
        if (s == 0 || Double.isInfinite(s)) {
            return s;
        }
        if (!safe(x)) {
            return up ? Math.nextUp(s) : Math.max(0, Math.nextDown(s));
        }
        double e = Math.fma(s, s, -x); // s^2 - x exactly
        return up ? (e < 0 ? Math.nextUp(s) : s) : (e > 0 ? Math.nextDown(s) : s);
    }

    /** A lower bound of the exact value behind a library function's result c (within 2.5 ulps). */
    static double libraryDown(double c) {
        if (c == Double.POSITIVE_INFINITY) {
            c = Double.MAX_VALUE; // the library overflowed: the exact value is about
            // MAX_VALUE or more
        }
        if (c == Double.NEGATIVE_INFINITY) {
            return c;
        }
        return Math.nextDown(c - (Math.abs(c) * LIBRARY_RELATIVE + LIBRARY_ABSOLUTE));
    }

    static double libraryUp(double c) {
        return -libraryDown(-c);
    }

    private static double overflow(boolean positive, boolean up) {
        if (positive) {
            return up ? Double.POSITIVE_INFINITY : Double.MAX_VALUE;
        }
        return up ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY;
    }

    /** Near underflow the error term is inexact: step one ulp, keeping the known sign. */
    private static double tiny(double r, boolean positive, boolean up) {
        if (up) {
            double u = Math.nextUp(r);
            return positive ? u : Math.min(u, 0);
        }
        double d = Math.nextDown(r);
        return positive ? Math.max(d, 0) : d;
    }
}
