package dev.occam.symbolic;

import dev.occam.numeric.Interval;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Proved bounds of a univariate formula over a range by branch and bound on its interval enclosure
 * ({@link CompiledFormula#enclose}). The range is cut into pieces; the pieces that decide the bound
 * (the highest enclosure for an upper bound, pieces that may be undefined first) are split until
 * the bound meets the best value seen at a point, no deciding piece can be split, or the budget of
 * enclosures is spent; the bound over all pieces is proved whenever the search stops.
 *
 * <p>Pieces split geometrically: [c, inf) at max(2c, c^2), so [1e5, inf) reaches [1.8e308, inf) in
 * eight splits; a bounded piece at its geometric mean when it spans more than a factor 4, else at
 * its midpoint; a piece around 0 at 0. Interval arithmetic cannot see a limit at infinity (the
 * piece [1.8e308, inf) of 1/x encloses [0, 5.6e-309]), and it loses the dependency between
 * occurrences of x (t/(t+1) on [c, inf) encloses [0, inf)). {@link #of(Formula)} therefore also
 * uses f' from Symja: on a piece where f is continuous and proved defined and f' >= 0 (or <= 0), f
 * lies between its values at the ends, so t/(t+1) on [c, inf) is at least c/(c+1).
 *
 * <p>Provers run once per spec: clarity first, boxing allowed.
 */
public final class RangeBounds {
    /** Default number of interval enclosures per question. */
    public static final int DEFAULT_BUDGET = 2000;

    /** Points where double says f <= 0 or undefined are re-evaluated with this many digits. */
    private static final DfpField CHECK_FIELD = new DfpField(40);

    /** A bound within this (relative) of a value seen at a point is as good as it gets. */
    private static final double CONVERGED = 1e-12;

    private final CompiledFormula f;

    /** Forms of f' for the monotonicity test (none: no test). */
    private final List<CompiledFormula> derivatives;

    private final int budget;

    private RangeBounds(CompiledFormula f, List<CompiledFormula> derivatives, int budget) {
        if (f.arity() != 1) {
            throw new IllegalArgumentException(
                    "range bounds need a formula of one variable, this one has " + f.arity());
        }
        this.f = f;
        this.derivatives = derivatives;
        this.budget = budget;
    }

    /** Bounds by interval arithmetic alone. */
    public static RangeBounds of(CompiledFormula f) {
        return new RangeBounds(f, List.of(), DEFAULT_BUDGET);
    }

    /**
     * Bounds by interval arithmetic, helped by a monotonicity test with f' from Symja when f has no
     * Sign or ArcTan(x, y) (the compiled functions that jump) and Symja's f' compiles. f' is tried
     * as Symja simplifies it and over a common denominator, whichever proves a sign.
     */
    public static RangeBounds of(Formula f) {
        CompiledFormula c = f.compile();
        return new RangeBounds(c, derivativesIfContinuous(f, c), DEFAULT_BUDGET);
    }

    /**
     * Bounds of g(t) = t * eta(t), built and differentiated symbolically: lower(T, inf) > 0 proves
     * eta(t) >= c/t on [T, inf), hence sum_t eta(t) = inf.
     */
    public static RangeBounds timesArgument(Formula eta) {
        if (eta.variables().size() != 1) {
            throw new IllegalArgumentException(
                    "a schedule has one variable, " + eta.text() + " has " + eta.variables());
        }
        if (!(eta instanceof SymjaFormula s)) {
            throw new IllegalArgumentException("not a Symja formula: " + eta);
        }
        return of(s.timesVariable());
    }

    private static List<CompiledFormula> derivativesIfContinuous(Formula f, CompiledFormula c) {
        if (!(c instanceof CompiledTree t) || !t.continuousWhereDefined()) {
            return List.of();
        }
        List<CompiledFormula> forms = new ArrayList<>();
        try {
            Formula d = f.derivative(f.variables().get(0));
            forms.add(d.compile());
            if (d instanceof SymjaFormula s) {
                forms.add(s.together().compile());
            }
        } catch (FormulaException noDerivative) {
            // what was derived is used; bounds by interval arithmetic alone are still sound
        }
        return List.copyOf(forms);
    }

    /** The same formula with another budget of enclosures. */
    public RangeBounds withBudget(int pieces) {
        if (pieces < 1) {
            throw new IllegalArgumentException("budget must be positive: " + pieces);
        }
        return new RangeBounds(f, derivatives, pieces);
    }

    /** A proved upper bound of f over [a, b]; b may be +inf, a -inf. */
    public RangeBound upper(double a, double b) {
        return search(a, b, true);
    }

    /** A proved lower bound of f over [a, b]; b may be +inf, a -inf. */
    public RangeBound lower(double a, double b) {
        return search(a, b, false);
    }

    // ---- enclosures and points, in the orientation of the search (lower bounds of sign * f)

    /** sign * f over [lo, hi], narrowed by monotonicity where f' proves it. */
    private Interval enclose(double lo, double hi, boolean upper) {
        Interval x = Interval.of(lo, hi);
        Interval e = f.enclose(x);
        if (!e.maybeUndefined() && lo < hi) {
            for (CompiledFormula derivative : derivatives) {
                Interval slope = derivative.enclose(x);
                if (!slope.maybeUndefined() && (slope.lo() >= 0 || slope.hi() <= 0)) {
                    e = betweenEnds(e, lo, hi, slope.lo() >= 0);
                    break;
                }
            }
        }
        return upper ? e.negate() : e;
    }

    /**
     * f continuous and monotone on [lo, hi]: f lies between f(lo) and f(hi), where those are finite
     * points.
     */
    private Interval betweenEnds(Interval e, double lo, double hi, boolean increasing) {
        double l = e.lo();
        double h = e.hi();
        double left = increasing ? lo : hi;
        double right = increasing ? hi : lo;
        if (Double.isFinite(left)) {
            l = Math.max(l, f.enclose(Interval.point(left)).lo());
        }
        if (Double.isFinite(right)) {
            h = Math.min(h, f.enclose(Interval.point(right)).hi());
        }
        boolean empty =
                l > h || l == 0 && h == 0 && e.excludesZero(); // only if an enclosure were unsound
        return empty ? e : new Interval(l, h, e.excludesZero(), false);
    }

    /**
     * f(x) in double; where double is NaN or infinite, Dfp decides (NaN when f is undefined at x).
     */
    private double value(double x) {
        double v = f.value(x);
        if (Double.isFinite(v)) {
            return v;
        }
        Dfp d = f.value(CHECK_FIELD.newDfp(x));
        return d.isNaN() || d.isInfinite() ? Double.NaN : d.toDouble();
    }

    // ---- branch and bound

    private record Piece(double lo, double hi, Interval e, double split) {}

    private Piece piece(double lo, double hi, boolean upper) {
        return new Piece(lo, hi, enclose(lo, hi, upper), split(lo, hi));
    }

    /** Pieces that may be undefined first (to find out), then the lowest enclosure. */
    private static final Comparator<Piece> DECIDING =
            Comparator.comparing((Piece p) -> !p.e().maybeUndefined())
                    .thenComparingDouble(p -> p.e().lo());

    private RangeBound search(double a, double b, boolean upper) {
        checkRange(a, b);
        double sign = upper ? -1 : 1;
        double best = Double.POSITIVE_INFINITY; // lowest value of sign * f seen at a point
        double bestAt = Double.NaN;
        PriorityQueue<Piece> open = new PriorityQueue<>(DECIDING);
        List<Piece> closed = new ArrayList<>();
        int pieces = 0;
        for (double x : new double[] {a, b}) {
            if (Double.isFinite(x)) {
                double v = value(x);
                if (Double.isNaN(v)) {
                    return new RangeBound(
                            upper,
                            a,
                            b,
                            sign * Double.NEGATIVE_INFINITY,
                            false,
                            x,
                            Double.NaN,
                            pieces);
                }
                if (sign * v < best) {
                    best = sign * v;
                    bestAt = x;
                }
            }
        }
        Piece first = piece(a, b, upper);
        pieces++;
        (Double.isNaN(first.split()) ? closed : open).add(first);
        while (!open.isEmpty()) {
            Piece top = open.peek();
            if (!top.e().maybeUndefined()) {
                double closedLo = lowest(closed);
                if (closedLo <= top.e().lo() || converged(best, top.e().lo())) {
                    break; // the lowest piece cannot be refined, or the bound meets a value seen
                }
            }
            if (pieces + 2 > budget) {
                break;
            }
            open.poll();
            double m = top.split();
            double v = value(m);
            if (Double.isNaN(v)) {
                closed.add(top);
                closed.addAll(open);
                return result(upper, a, b, closed, m, Double.NaN, pieces);
            }
            if (sign * v < best) {
                best = sign * v;
                bestAt = m;
            }
            for (Piece child : new Piece[] {piece(top.lo(), m, upper), piece(m, top.hi(), upper)}) {
                pieces++;
                (Double.isNaN(child.split()) ? closed : open).add(child);
            }
        }
        closed.addAll(open);
        return result(
                upper,
                a,
                b,
                closed,
                bestAt,
                Double.isNaN(bestAt) ? Double.NaN : sign * best,
                pieces);
    }

    private static RangeBound result(
            boolean upper,
            double a,
            double b,
            List<Piece> leaves,
            double at,
            double valueAt,
            int pieces) {
        double sign = upper ? -1 : 1;
        boolean defined = !Double.isNaN(valueAt) || Double.isNaN(at);
        for (Piece p : leaves) {
            defined &= !p.e().maybeUndefined();
        }
        return new RangeBound(upper, a, b, sign * lowest(leaves), defined, at, valueAt, pieces);
    }

    private static double lowest(List<Piece> pieces) {
        double lo = Double.POSITIVE_INFINITY;
        for (Piece p : pieces) {
            lo = Math.min(lo, p.e().lo());
        }
        return lo;
    }

    private static boolean converged(double best, double bound) {
        return best == bound
                || Double.isFinite(bound)
                        && best - bound <= CONVERGED * Math.max(Math.abs(best), Math.abs(bound));
    }

    // ---- positivity

    /**
     * Tries to prove f > 0 (and defined) at every point of [a, b], splitting the pieces whose
     * enclosure is not positive, lowest first. The split points, and the ends of the range when the
     * search runs out, are candidates for a refutation: a point where f is <= 0, NaN or infinite
     * (see {@link #refutation}). A point where f = 0 is kept while the search looks on for one
     * where f < 0, which says more (not convex, rather than not strictly).
     */
    public Positivity positivity(double a, double b) {
        checkRange(a, b);
        PriorityQueue<Piece> open = new PriorityQueue<>(DECIDING);
        open.add(piece(a, b, false));
        int pieces = 1;
        Positivity zero = null;
        while (!open.isEmpty()) {
            Piece p = open.poll();
            if (p.e().positive() && !p.e().maybeUndefined()) {
                continue;
            }
            if (Double.isNaN(p.split()) || pieces + 2 > budget) {
                for (double end : new double[] {a, b}) {
                    Positivity r = Double.isFinite(end) ? refutation(a, b, pieces, end) : null;
                    if (r != null && (zero == null || r.value() != 0)) {
                        return r;
                    }
                }
                double at = Double.isNaN(p.split()) ? p.lo() : p.split();
                return zero != null
                        ? zero
                        : new Positivity(Positivity.Outcome.UNKNOWN, a, b, pieces, at, p.e().lo());
            }
            Positivity r = refutation(a, b, pieces, p.split());
            if (r != null && r.value() != 0) {
                return r;
            }
            if (r != null && zero == null) {
                zero = r;
            }
            open.add(piece(p.lo(), p.split(), false));
            open.add(piece(p.split(), p.hi(), false));
            pieces += 2;
        }
        return zero != null
                ? zero
                : new Positivity(Positivity.Outcome.PROVED, a, b, pieces, Double.NaN, Double.NaN);
    }

    /**
     * A refutation of f > 0 at x, or null: f(x) <= 0 proved by the enclosure of f at the point x,
     * or, where that is too wide to tell, seen in double and confirmed in 40-digit Dfp. The
     * enclosure comes first because Dfp underflows too (e^-1e300 is 0 in Dfp, its enclosure is
     * positive). The value shown is Dfp's unless it strays from double's (Dfp's sin of 1e300 is no
     * sine).
     */
    private Positivity refutation(double a, double b, int pieces, double x) {
        Interval e = f.enclose(Interval.point(x));
        if (e.positive() && !e.maybeUndefined()) {
            return null;
        }
        double v = f.value(x);
        if (e.hi() <= 0 && !e.maybeUndefined()) {
            return new Positivity(Positivity.Outcome.REFUTED, a, b, pieces, x, v + 0.0);
        }
        if (v > 0 && v < Double.POSITIVE_INFINITY) {
            return null;
        }
        Dfp d = f.value(CHECK_FIELD.newDfp(x));
        if (d.greaterThan(d.getField().getZero()) && !d.isInfinite()) {
            return null; // double was wrong (overflow, cancellation)
        }
        double dv =
                d.isNaN()
                        ? Double.NaN
                        : d.isInfinite()
                                ? (d.negativeOrNull()
                                        ? Double.NEGATIVE_INFINITY
                                        : Double.POSITIVE_INFINITY)
                                : d.toDouble();
        boolean strays =
                Double.isFinite(v) && Double.isFinite(dv) && Math.abs(dv - v) > 1e-6 * Math.abs(v);
        return new Positivity(Positivity.Outcome.REFUTED, a, b, pieces, x, (strays ? v : dv) + 0.0);
    }

    // ---- pieces

    /** Where to split [lo, hi]; NaN when it cannot be split. */
    static double split(double lo, double hi) {
        double m;
        if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            m = 0;
        } else if (hi == Double.POSITIVE_INFINITY) {
            m = lo < 0 ? 0 : lo < 1 ? 1 : lo > 1e154 ? Double.MAX_VALUE : Math.max(2 * lo, lo * lo);
        } else if (lo == Double.NEGATIVE_INFINITY) {
            double s = split(-hi, Double.POSITIVE_INFINITY);
            m = -s;
        } else if (lo < 0 && hi > 0) {
            m = 0;
        } else if (lo >= 0) {
            m =
                    lo == 0
                            ? (hi > 1 ? 1 : hi / 2)
                            : hi > 4 * lo ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
        } else {
            m = -split(-hi, -lo);
        }
        return lo < m && m < hi ? m : Double.NaN;
    }

    private static void checkRange(double a, double b) {
        if (Double.isNaN(a)
                || Double.isNaN(b)
                || a > b
                || a == Double.POSITIVE_INFINITY
                || b == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("not a range: [" + a + ", " + b + "]");
        }
    }

    /** [a, b] with an open end at infinity, e.g. "[100000, inf)". */
    static String range(double a, double b) {
        return (a == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + number(a))
                + ", "
                + (b == Double.POSITIVE_INFINITY ? "inf)" : number(b) + "]");
    }

    /** A double as short as Java prints it, without a trailing ".0" (0.37, 1e-300 as 1.0E-300). */
    static String number(double x) {
        String s = Double.toString(x + 0.0);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
