package dev.occam.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.ToIntFunction;

/**
 * A sound enclosure of a function's values over a box of arguments: every value the function takes
 * at a point of the box where it is defined lies in [lo, hi], and differs from 0 when {@code
 * excludesZero}. Endpoints are extended reals; an infinite endpoint is a limit (the values are
 * finite), so lo is never +inf and hi never -inf. {@code maybeUndefined} is false only when the
 * function is proved defined (real) at every point of the box; true means "log of a negative
 * number, a division by zero, a pole ... may occur somewhere", not that it does.
 *
 * <p>{@code excludesZero} lets a value proved strictly positive keep that sign when its lower bound
 * underflows to 0: 1/x^2 at x = 1e300 is 1e-600, below every positive double.
 *
 * <p>Arithmetic rounds outward, so the result of an operation contains the exact result of the
 * operation on every pair of points of its operands. Elementary functions are in {@link
 * IntervalMath}.
 */
public record Interval(double lo, double hi, boolean excludesZero, boolean maybeUndefined) {

    /** All of R, proved defined. */
    public static final Interval ENTIRE =
            new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, false);

    /** Nothing known: any value, and possibly no value at all. */
    public static final Interval UNDEFINED =
            new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, true);

    public Interval {
        if (Double.isNaN(lo)
                || Double.isNaN(hi)
                || lo > hi
                || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("not an interval: [" + lo + ", " + hi + "]");
        }
        lo += 0.0; // -0.0 becomes 0.0: the sign of a zero endpoint carries no information here
        hi += 0.0;
        excludesZero = excludesZero || lo > 0 || hi < 0;
        if (excludesZero && lo == 0 && hi == 0) {
            throw new IllegalArgumentException("[0, 0] without 0 is empty");
        }
    }

    /** [lo, hi], defined everywhere. */
    public static Interval of(double lo, double hi) {
        return new Interval(lo, hi, false, false);
    }

    public static Interval point(double x) {
        return new Interval(x, x, false, false);
    }

    /**
     * A double interval containing the exact value: a rational's tightest interval; an irrational's
     * (known to {@link Value#DIGITS} digits) widened by one ulp on each side, far more than its
     * decimal's error.
     */
    public static Interval enclosing(Value v) {
        if (v.isBinary()) return point(v.binary());
        if (v.isRational())
            return enclosing(v.rational().getNumerator(), v.rational().getDenominator());
        Interval e = enclosing(v.decimal());
        return of(Math.nextDown(e.lo()), Math.nextUp(e.hi()));
    }

    /** The tightest double interval containing an exact decimal (0.1 is not a double). */
    public static Interval enclosing(BigDecimal v) {
        return bracket(v.doubleValue(), x -> new BigDecimal(x).compareTo(v), v.signum());
    }

    /** The tightest double interval containing num/den (1/3 is not a double). */
    public static Interval enclosing(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        BigInteger n = den.signum() < 0 ? num.negate() : num;
        BigInteger d = den.abs();
        BigDecimal dd = new BigDecimal(d);
        double nearest = new BigDecimal(n).divide(dd, MathContext.DECIMAL128).doubleValue();
        return bracket(
                nearest,
                x -> new BigDecimal(x).multiply(dd).compareTo(new BigDecimal(n)),
                n.signum());
    }

    /**
     * Steps from a double near the value until [lo, hi] brackets it; compare(x) = sign(x - value).
     */
    private static Interval bracket(double near, ToIntFunction<Double> compare, int signum) {
        double start = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, near));
        double lo = start;
        while (compare.applyAsInt(lo) > 0) {
            lo = Math.nextDown(lo);
            if (lo == Double.NEGATIVE_INFINITY) {
                break;
            }
        }
        double hi = start;
        while (compare.applyAsInt(hi) < 0) {
            hi = Math.nextUp(hi);
            if (hi == Double.POSITIVE_INFINITY) {
                break;
            }
        }
        if (lo != Double.NEGATIVE_INFINITY && compare.applyAsInt(lo) == 0) {
            hi = lo;
        } else if (hi != Double.POSITIVE_INFINITY && compare.applyAsInt(hi) == 0) {
            lo = hi;
        }
        return new Interval(lo, hi, signum != 0, false);
    }

    /** Whether x lies in [lo, hi] (the sign information of {@code excludesZero} aside). */
    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** Every value is > 0. */
    public boolean positive() {
        return lo > 0 || (lo == 0 && excludesZero);
    }

    /** Every value is < 0. */
    public boolean negative() {
        return hi < 0 || (hi == 0 && excludesZero);
    }

    /** Whether 0 may be one of the values. */
    public boolean mayContainZero() {
        return !excludesZero && lo <= 0 && hi >= 0;
    }

    public boolean isPoint() {
        return lo == hi;
    }

    /** This interval, flagged as possibly undefined somewhere when {@code undefined}. */
    public Interval undefinedIf(boolean undefined) {
        return undefined && !maybeUndefined ? new Interval(lo, hi, excludesZero, true) : this;
    }

    public Interval hull(Interval o) {
        return new Interval(
                Math.min(lo, o.lo),
                Math.max(hi, o.hi),
                excludesZero && o.excludesZero,
                maybeUndefined || o.maybeUndefined);
    }

    public Interval negate() {
        return new Interval(-hi, -lo, excludesZero, maybeUndefined);
    }

    public Interval add(Interval o) {
        boolean nonzero =
                (positive() && o.lo >= 0)
                        || (o.positive() && lo >= 0)
                        || (negative() && o.hi <= 0)
                        || (o.negative() && hi <= 0);
        return new Interval(
                Rounding.addDown(lo, o.lo),
                Rounding.addUp(hi, o.hi),
                nonzero,
                maybeUndefined || o.maybeUndefined);
    }

    public Interval subtract(Interval o) {
        return add(o.negate());
    }

    /** Products of endpoints, 0 * inf taken as 0 (0 is a point of the box, inf only a limit). */
    public Interval multiply(Interval o) {
        double l =
                Math.min(
                        Math.min(Rounding.mulDown(lo, o.lo), Rounding.mulDown(lo, o.hi)),
                        Math.min(Rounding.mulDown(hi, o.lo), Rounding.mulDown(hi, o.hi)));
        double h =
                Math.max(
                        Math.max(Rounding.mulUp(lo, o.lo), Rounding.mulUp(lo, o.hi)),
                        Math.max(Rounding.mulUp(hi, o.lo), Rounding.mulUp(hi, o.hi)));
        return new Interval(
                l, h, excludesZero && o.excludesZero, maybeUndefined || o.maybeUndefined);
    }

    /**
     * this / o. A divisor that may be 0 makes the result possibly undefined; its values on the
     * side(s) of 0 it reaches are still enclosed ([1, 2] / [0, 4] is [1/4, inf], undefined at 0).
     */
    public Interval divide(Interval o) {
        boolean undefined = maybeUndefined || o.maybeUndefined;
        double bLo = o.lo;
        double bHi = o.hi;
        if (o.mayContainZero()) {
            if (bLo < 0 && bHi > 0 || bLo == bHi) {
                return UNDEFINED;
            }
            undefined = true; // one-sided: the divisor's values other than 0 are all of one sign
        }
        if (bHi == 0) {
            bHi = -0.0; // the divisor's values approach 0 from below
        }
        double l = Double.POSITIVE_INFINITY;
        double h = Double.NEGATIVE_INFINITY;
        for (double a : new double[] {lo, hi}) {
            for (double b : new double[] {bLo, bHi}) {
                if (Double.isInfinite(a) && Double.isInfinite(b)) {
                    continue; // inf/inf: the neighbouring corners (finite/inf = 0, inf/finite =
                    // inf) bound it
                }
                l = Math.min(l, Rounding.divDown(a, b));
                h = Math.max(h, Rounding.divUp(a, b));
            }
        }
        return new Interval(l, h, excludesZero, undefined);
    }

    public Interval reciprocal() {
        return point(1).divide(this);
    }

    /** x^n for an integer n; even powers are >= 0 ([-2, 3]^2 = [0, 9], not [-6, 9]). */
    public Interval pow(int n) {
        if (n == 0) {
            return new Interval(1, 1, true, maybeUndefined);
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("exponent out of range: " + n);
            }
            return pow(-n).reciprocal();
        }
        double l;
        double h;
        if (lo >= 0) {
            l = powBound(lo, n, false);
            h = powBound(hi, n, true);
        } else if (hi <= 0) {
            l = n % 2 == 0 ? powBound(-hi, n, false) : -powBound(-lo, n, true);
            h = n % 2 == 0 ? powBound(-lo, n, true) : -powBound(-hi, n, false);
        } else if (n % 2 == 0) {
            l = 0;
            h = powBound(Math.max(-lo, hi), n, true);
        } else {
            l = -powBound(-lo, n, true);
            h = powBound(hi, n, true);
        }
        return new Interval(l, h, excludesZero, maybeUndefined);
    }

    /** A bound of x^n for x >= 0, n >= 1, by repeated squaring rounded in one direction. */
    private static double powBound(double x, int n, boolean up) {
        double r = 1;
        double p = x;
        for (int k = n; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                r = up ? Rounding.mulUp(r, p) : Rounding.mulDown(r, p);
            }
            if (k > 1) {
                p = up ? Rounding.mulUp(p, p) : Rounding.mulDown(p, p);
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return "["
                + lo
                + ", "
                + hi
                + "]"
                + (excludesZero && (lo == 0 || hi == 0) ? " without 0" : "")
                + (maybeUndefined ? " (maybe undefined)" : "");
    }
}
