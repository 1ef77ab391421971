package dev.occam.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Elementary functions of {@link Interval}s, rounded outward. Monotone pieces are evaluated at
 * their endpoints with java.lang.Math, whose functions are semi-monotone and within 2.5 ulps (see
 * {@link Rounding#libraryDown}); ranges known exactly (sin in [-1, 1], exp > 0, cosh >= 1) clamp.
 * Outside its domain a function marks the result possibly undefined and encloses its values on the
 * part of the box where it is defined; where it is defined nowhere the result is {@link
 * Interval#UNDEFINED}.
 */
public final class IntervalMath {
    private static final double INV_TWO_PI = 1 / (2 * Math.PI);
    private static final double INV_PI = 1 / Math.PI;

    /** Math.PI is below pi, so pi and pi/2 lie in these. */
    private static final double PI_UP = Math.nextUp(Math.PI);

    private static final double HALF_PI_UP = Math.nextUp(Math.PI / 2);

    /** Largest integer exponent handled as a product (as the compiled formulas do). */
    private static final int MAX_PRODUCT_EXPONENT = 1 << 16;

    private IntervalMath() {}

    public static Interval exp(Interval x) {
        double lo = x.lo() == 0 ? 1 : Math.max(0, Rounding.libraryDown(Math.exp(x.lo())));
        double hi = x.hi() == 0 ? 1 : Rounding.libraryUp(Math.exp(x.hi()));
        return new Interval(lo, hi, true, x.maybeUndefined());
    }

    /** Natural log; undefined where x <= 0. */
    public static Interval log(Interval x) {
        if (x.hi() <= 0) {
            return Interval.UNDEFINED;
        }
        double lo =
                x.lo() <= 0
                        ? Double.NEGATIVE_INFINITY
                        : x.lo() == 1 ? 0 : Rounding.libraryDown(Math.log(x.lo()));
        double hi = x.hi() == 1 ? 0 : Rounding.libraryUp(Math.log(x.hi()));
        return new Interval(lo, hi, false, x.maybeUndefined() || !x.positive());
    }

    /** Square root; undefined where x < 0. Math.sqrt is correctly rounded. */
    public static Interval sqrt(Interval x) {
        if (x.hi() < 0 || x.negative()) {
            return Interval.UNDEFINED;
        }
        double lo = x.lo() <= 0 ? 0 : Rounding.sqrt(x.lo(), false);
        return new Interval(
                lo, Rounding.sqrt(x.hi(), true), x.positive(), x.maybeUndefined() || x.lo() < 0);
    }

    /**
     * b^p as Math.pow and the compiled formulas define it: an integer power for an exact small
     * integer exponent; otherwise real only for b > 0, and for b = 0 with p > 0. On b >= 0 it is
     * monotone in each argument, so the corners of the box bound it.
     */
    public static Interval pow(Interval b, Interval p) {
        if (p.isPoint()
                && p.lo() == Math.rint(p.lo())
                && Math.abs(p.lo()) <= MAX_PRODUCT_EXPONENT) {
            return b.pow((int) p.lo()).undefinedIf(p.maybeUndefined());
        }
        if (b.lo() < 0 && p.isPoint() && p.lo() == Math.rint(p.lo())) {
            // a huge integer exponent: Math.pow gives (-b)^p = +-b^p, the Dfp tier NaN
            Interval m = pow(abs(b), p);
            return (p.lo() % 2 == 0 ? m : m.hull(m.negate())).undefinedIf(true);
        }
        boolean undefined = b.maybeUndefined() || p.maybeUndefined();
        Interval base = b;
        if (b.lo() < 0) {
            if (!p.isPoint() || b.negative()) {
                return Interval
                        .UNDEFINED; // a non-point exponent may be an integer: (-2)^p takes any sign
            }
            undefined = true; // negative bases have no real non-integer power
            base = Interval.of(0, b.hi());
        }
        if (base.mayContainZero() && p.lo() <= 0) {
            undefined = true; // 0^p for p <= 0
            if (p.hi() >= 0) {
                return new Interval(
                        0,
                        Double.POSITIVE_INFINITY,
                        false,
                        true); // near (0, 0) b^p takes every value > 0
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double bb : new double[] {base.lo(), base.hi()}) {
            for (double pp : new double[] {p.lo(), p.hi()}) {
                double v =
                        bb == 1 ? 1 : Math.pow(bb, pp); // Java's 1^inf is NaN; the values 1^p are 1
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new Interval(
                Math.max(0, Rounding.libraryDown(min)),
                Rounding.libraryUp(max),
                base.positive(),
                undefined);
    }

    public static Interval sin(Interval x) {
        Interval s = periodic(x, Math::sin, 0.25, 0.75);
        if (x.lo() >= 0 && x.hi() <= 3) { // within [0, pi]: sin >= 0, and 0 only at 0
            return new Interval(Math.max(0, s.lo()), s.hi(), x.excludesZero(), s.maybeUndefined());
        }
        if (x.hi() <= 0 && x.lo() >= -3) {
            return new Interval(s.lo(), Math.min(0, s.hi()), x.excludesZero(), s.maybeUndefined());
        }
        return s;
    }

    public static Interval cos(Interval x) {
        return periodic(x, Math::cos, 0, 0.5);
    }

    /**
     * sin or cos: monotone between critical points, so the endpoint values bound it unless the
     * interval may contain a maximum 2 pi (k + maxPhase) or minimum 2 pi (k + minPhase).
     */
    private static Interval periodic(
            Interval x, DoubleUnaryOperator f, double maxPhase, double minPhase) {
        if (Double.isInfinite(x.lo()) || Double.isInfinite(x.hi()) || x.hi() - x.lo() >= 7) {
            return new Interval(-1, 1, false, x.maybeUndefined());
        }
        double a = f.applyAsDouble(x.lo());
        double b = f.applyAsDouble(x.hi());
        double lo =
                mayContain(x, 2, minPhase)
                        ? -1
                        : Math.max(-1, Rounding.libraryDown(Math.min(a, b)));
        double hi =
                mayContain(x, 2, maxPhase) ? 1 : Math.min(1, Rounding.libraryUp(Math.max(a, b)));
        return new Interval(lo, hi, false, x.maybeUndefined());
    }

    /**
     * Whether x may contain a point pi (periods k + phase) for an integer k. The quotient x/pi is
     * computed in double with a relative error near 1e-16; the tolerance 1e-12 covers it, so "no"
     * is certain (and huge arguments always answer "maybe").
     */
    private static boolean mayContain(Interval x, double periods, double phase) {
        double qa = x.lo() * INV_PI / periods - phase;
        double qb = x.hi() * INV_PI / periods - phase;
        double tol = 1e-12 * Math.max(1, Math.max(Math.abs(qa), Math.abs(qb)));
        return Math.floor(qb + tol) >= Math.ceil(qa - tol);
    }

    /** Undefined (and unbounded) when x may contain a pole pi (k + 1/2). */
    public static Interval tan(Interval x) {
        if (Double.isInfinite(x.lo())
                || Double.isInfinite(x.hi())
                || x.hi() - x.lo() >= 4
                || mayContain(x, 1, 0.5)) {
            return Interval.UNDEFINED;
        }
        double lo = x.lo() == 0 ? 0 : Rounding.libraryDown(Math.tan(x.lo()));
        double hi = x.hi() == 0 ? 0 : Rounding.libraryUp(Math.tan(x.hi()));
        return lo <= hi ? new Interval(lo, hi, false, x.maybeUndefined()) : Interval.UNDEFINED;
    }

    public static Interval atan(Interval x) {
        Interval r = increasing(x, Math::atan);
        return new Interval(
                Math.max(-HALF_PI_UP, r.lo()),
                Math.min(HALF_PI_UP, r.hi()),
                r.excludesZero(),
                r.maybeUndefined());
    }

    /**
     * The angle of the point (x, y), as Math.atan2(y, x): in [-pi, pi], jumping across the negative
     * x axis, undefined at the origin. Elsewhere it is monotone in each argument, so the corners of
     * the box bound it.
     */
    public static Interval atan2(Interval y, Interval x) {
        boolean undefined = x.maybeUndefined() || y.maybeUndefined();
        if (y.mayContainZero() && (x.mayContainZero() || x.lo() < 0)) {
            return new Interval(-PI_UP, PI_UP, false, undefined || x.mayContainZero());
        }
        double yHi =
                y.hi() == 0 ? -0.0 : y.hi(); // y < 0 tending to 0: the angle tends to -pi, not pi
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double yy : new double[] {y.lo(), yHi}) {
            for (double xx : new double[] {x.lo(), x.hi()}) {
                double v = Math.atan2(yy, xx);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new Interval(
                Math.max(-PI_UP, Rounding.libraryDown(min)),
                Math.min(PI_UP, Rounding.libraryUp(max)),
                false,
                undefined);
    }

    public static Interval sinh(Interval x) {
        return increasing(x, Math::sinh);
    }

    public static Interval cosh(Interval x) {
        double near = x.lo() >= 0 ? x.lo() : x.hi() <= 0 ? -x.hi() : 0;
        double far = Math.max(-x.lo(), x.hi());
        double lo = near == 0 ? 1 : Math.max(1, Rounding.libraryDown(Math.cosh(near)));
        return new Interval(lo, Rounding.libraryUp(Math.cosh(far)), true, x.maybeUndefined());
    }

    public static Interval tanh(Interval x) {
        Interval r = increasing(x, Math::tanh);
        return new Interval(
                Math.max(-1, r.lo()), Math.min(1, r.hi()), r.excludesZero(), r.maybeUndefined());
    }

    /** An increasing odd function with f(0) = 0 only at 0: signs and zero carry over. */
    private static Interval increasing(Interval x, DoubleUnaryOperator f) {
        double lo = x.lo() == 0 ? 0 : Rounding.libraryDown(f.applyAsDouble(x.lo()));
        double hi = x.hi() == 0 ? 0 : Rounding.libraryUp(f.applyAsDouble(x.hi()));
        if (x.lo() >= 0) {
            lo = Math.max(0, lo);
        }
        if (x.hi() <= 0) {
            hi = Math.min(0, hi);
        }
        return new Interval(lo, hi, x.excludesZero(), x.maybeUndefined());
    }

    public static Interval abs(Interval x) {
        if (x.lo() >= 0) {
            return x;
        }
        if (x.hi() <= 0) {
            return x.negate();
        }
        return new Interval(0, Math.max(-x.lo(), x.hi()), x.excludesZero(), x.maybeUndefined());
    }

    /**
     * -1, 0 or 1; a value known to be nonzero has sign +-1 even when its bound underflowed to 0.
     */
    public static Interval sign(Interval x) {
        double lo = x.positive() ? 1 : x.lo() < 0 ? -1 : 0;
        double hi = x.negative() ? -1 : x.hi() > 0 ? 1 : 0;
        return new Interval(lo, hi, x.excludesZero(), x.maybeUndefined());
    }

    public static Interval max(Interval... xs) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean anyPositive = false;
        boolean allNegative = true;
        boolean undefined = false;
        for (Interval x : xs) {
            lo = Math.max(lo, x.lo());
            hi = Math.max(hi, x.hi());
            anyPositive |= x.positive();
            allNegative &= x.negative();
            undefined |= x.maybeUndefined();
        }
        return new Interval(lo, hi, anyPositive || allNegative, undefined);
    }

    public static Interval min(Interval... xs) {
        Interval[] negated = new Interval[xs.length];
        for (int i = 0; i < xs.length; i++) {
            negated[i] = xs[i].negate();
        }
        return max(negated).negate();
    }
}
