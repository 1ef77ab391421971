package dev.occam.search;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.prediction.Separability;
import dev.occam.spec.SearchSettings;
import dev.occam.spec.SearchSettings.Array;
import dev.occam.spec.SearchSettings.Choice;
import dev.occam.spec.SearchSettings.Domain;
import dev.occam.spec.SearchSettings.Filter;
import dev.occam.spec.SearchSettings.IntegerRange;
import dev.occam.spec.SearchSettings.Interval;
import dev.occam.spec.SearchSettings.NormFamily;
import dev.occam.spec.SearchSettings.Parameter;
import dev.occam.spec.SpecDocument;
import dev.occam.spec.SpecError;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The values a search may give each parameter: how to draw one at random, lay out a grid, step to a
 * neighbour, and propose simpler values when shrinking (docs/search.md). Every value is exact:
 * numbers are terminating decimals or fractions, so a candidate spec means one problem.
 */
final class SearchSpace {
    /** Significant digits of a drawn real number: exact, readable, and fine enough for search. */
    private static final int DIGITS = 6;

    private static final int BOX_DIGITS = 4;
    private static final int FILTER_TRIES = 1000;

    private final Path file;
    private final SpecDocument base;
    private final List<Parameter> parameters;
    private final Map<String, int[]> shapes = new LinkedHashMap<>();

    SearchSpace(Path file, SearchSettings settings, SpecDocument base) {
        this.file = file;
        this.base = base;
        this.parameters = settings.parameters();
        for (Parameter p : parameters) {
            if (p.domain() instanceof Array a) {
                int[] shape = a.shape() != null ? a.shape() : base.shape(p.path());
                if (shape == null) {
                    throw error(
                            p,
                            p.path()
                                    + " has no list value in the spec to take the shape from: give shape");
                }
                shapes.put(p.path(), shape);
                if (a.filter() == Filter.SEPARABLE && shape.length != 2) {
                    throw error(p, "require: separable needs a matrix of points");
                }
            }
        }
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** The spec with the candidate's values written in. */
    SpecDocument document(Candidate c) {
        SpecDocument doc = base;
        for (Parameter p : parameters) {
            String yaml = c.get(p.path()).yaml();
            doc = doc.with(p.path(), yaml);
            for (String other : p.also()) doc = doc.with(other, yaml);
        }
        return doc;
    }

    /** Checks every path against the spec, so a wrong path is an error before any run. */
    void validate(Candidate c) {
        for (Parameter p : parameters) {
            List<String> paths = new ArrayList<>(p.also());
            paths.add(0, p.path());
            for (String path : paths) {
                try {
                    base.with(path, c.get(p.path()).yaml());
                } catch (IllegalArgumentException e) {
                    throw error(p, e.getMessage());
                }
            }
        }
    }

    /** A random candidate meeting every filter, or null when none was found in many draws. */
    Candidate sample(SplittableRandom rng) {
        for (int t = 0; t < FILTER_TRIES; t++) {
            Map<String, Draw> values = new LinkedHashMap<>();
            for (Parameter p : parameters) values.put(p.path(), sample(p, rng));
            Candidate c = new Candidate(values);
            if (accepts(c)) return c;
        }
        return null;
    }

    private Draw sample(Parameter p, SplittableRandom rng) {
        Domain d = p.domain();
        if (d instanceof Interval i)
            return new Draw.Number(real(i.lo(), i.hi(), i.log(), rng.nextDouble(), DIGITS));
        if (d instanceof IntegerRange r)
            return integer(r.lo() + (long) Math.floor(rng.nextDouble() * (r.hi() - r.lo() + 1)));
        if (d instanceof Choice c)
            return new Draw.Text(c.values().get(rng.nextInt(c.values().size())));
        if (d instanceof NormFamily n)
            return new Draw.Norm(real(n.lo(), n.hi(), false, rng.nextDouble(), 3));
        Array a = (Array) d;
        int[] shape = shapes.get(p.path());
        int rows = shape.length == 1 ? 1 : shape[0];
        int cols = shape[shape.length - 1];
        BigFraction[][] m = new BigFraction[rows][cols];
        for (BigFraction[] row : m) {
            for (int j = 0; j < cols; j++) row[j] = entry(a, rng);
        }
        return new Draw.Array(m, shape.length == 1);
    }

    private static BigFraction entry(Array a, SplittableRandom rng) {
        return switch (a.entries()) {
            case INTEGERS -> {
                long lo = ceil(a.lo()), hi = floor(a.hi());
                yield new BigFraction(lo + (long) Math.floor(rng.nextDouble() * (hi - lo + 1)));
            }
            case RATIONALS -> {
                int q = 1 + rng.nextInt(a.denominator());
                long lo = ceil(a.lo().multiply(q)), hi = floor(a.hi().multiply(q));
                if (hi < lo) yield a.lo();
                yield new BigFraction(lo + (long) Math.floor(rng.nextDouble() * (hi - lo + 1)), q);
            }
            case BOX -> real(a.lo(), a.hi(), false, rng.nextDouble(), BOX_DIGITS);
        };
    }

    /**
     * A grid of at most {@code budget} candidates over the scalar parameters (array parameters
     * drawn at random for each point, from {@code rng}); ends included.
     */
    List<Candidate> grid(int budget, SplittableRandom rng) {
        List<List<Draw>> axes = new ArrayList<>();
        int fixed = 1;
        for (Parameter p : parameters) {
            if (p.domain() instanceof Choice c) fixed *= c.values().size();
        }
        int free =
                (int)
                        parameters.stream()
                                .filter(
                                        p ->
                                                p.domain() instanceof Interval
                                                        || p.domain() instanceof IntegerRange
                                                        || p.domain() instanceof NormFamily)
                                .count();
        int perAxis =
                free == 0
                        ? 1
                        : Math.max(
                                2,
                                (int)
                                        Math.floor(
                                                Math.pow(
                                                        Math.max(1, budget / Math.max(1, fixed)),
                                                        1.0 / free)));
        for (Parameter p : parameters) {
            Domain d = p.domain();
            List<Draw> values = new ArrayList<>();
            if (d instanceof Interval i) {
                for (int k = 0; k < perAxis; k++)
                    values.add(new Draw.Number(gridPoint(i.lo(), i.hi(), i.log(), k, perAxis)));
            } else if (d instanceof NormFamily n) {
                for (int k = 0; k < perAxis; k++)
                    values.add(new Draw.Norm(gridPoint(n.lo(), n.hi(), false, k, perAxis)));
            } else if (d instanceof IntegerRange r) {
                Set<Long> seen = new LinkedHashSet<>();
                for (int k = 0; k < perAxis; k++)
                    seen.add(
                            r.lo()
                                    + Math.round(
                                            (double) k
                                                    * (r.hi() - r.lo())
                                                    / Math.max(1, perAxis - 1)));
                seen.forEach(n -> values.add(integer(n)));
            } else if (d instanceof Choice c) {
                c.values().forEach(v -> values.add(new Draw.Text(v)));
            } else {
                values.add(null); // drawn per point
            }
            axes.add(values);
        }
        List<Candidate> out = new ArrayList<>();
        int[] at = new int[axes.size()];
        while (out.size() < budget) {
            Map<String, Draw> values = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                Draw v = axes.get(a).get(at[a]);
                values.put(
                        parameters.get(a).path(), v != null ? v : sample(parameters.get(a), rng));
            }
            Candidate c = new Candidate(values);
            if (accepts(c)) out.add(c);
            int a = axes.size() - 1;
            while (a >= 0 && ++at[a] == axes.get(a).size()) at[a--] = 0;
            if (a < 0) break;
        }
        return out;
    }

    private static BigFraction gridPoint(
            BigFraction lo, BigFraction hi, boolean log, int k, int n) {
        if (k == 0 || n == 1) return lo;
        if (k == n - 1) return hi;
        return real(lo, hi, log, (double) k / (n - 1), DIGITS);
    }

    /**
     * {@code count} candidates near {@code c}: each scalar moved by up to {@code radius} of its
     * range (in log scale where the domain is), each array entry by up to radius of its range.
     */
    List<Candidate> around(Candidate c, double radius, int count, SplittableRandom rng) {
        List<Candidate> out = new ArrayList<>();
        for (int t = 0; t < count * 20 && out.size() < count; t++) {
            Map<String, Draw> values = new LinkedHashMap<>();
            for (Parameter p : parameters)
                values.put(p.path(), near(p, c.get(p.path()), radius, rng));
            Candidate n = new Candidate(values);
            if (!n.equals(c) && accepts(n)) out.add(n);
        }
        return out;
    }

    private Draw near(Parameter p, Draw value, double radius, SplittableRandom rng) {
        Domain d = p.domain();
        double u = 2 * rng.nextDouble() - 1;
        if (d instanceof Interval i) {
            double at = position(i.lo(), i.hi(), i.log(), ((Draw.Number) value).value());
            return new Draw.Number(real(i.lo(), i.hi(), i.log(), clamp(at + radius * u), DIGITS));
        }
        if (d instanceof NormFamily n) {
            double at = position(n.lo(), n.hi(), false, ((Draw.Norm) value).p());
            return new Draw.Norm(real(n.lo(), n.hi(), false, clamp(at + radius * u), 3));
        }
        if (d instanceof IntegerRange r) {
            long v = ((Draw.Number) value).value().getNumerator().longValue();
            long step = Math.round(u * Math.max(1, radius * (r.hi() - r.lo())));
            return integer(Math.max(r.lo(), Math.min(r.hi(), v + step)));
        }
        if (d instanceof Choice c) {
            return rng.nextDouble() < radius
                    ? new Draw.Text(c.values().get(rng.nextInt(c.values().size())))
                    : value;
        }
        Array a = (Array) d;
        Draw.Array m = (Draw.Array) value;
        BigFraction[][] rows = copy(m.rows());
        int i = rng.nextInt(rows.length), j = rng.nextInt(rows[i].length);
        rows[i][j] = entry(a, rng);
        return new Draw.Array(rows, m.vector());
    }

    /** Whether the candidate meets its parameters' filters (full row rank, separability). */
    boolean accepts(Candidate c) {
        for (Parameter p : parameters) {
            if (!(p.domain() instanceof Array a) || a.filter() == Filter.NONE) continue;
            BigFraction[][] x = ((Draw.Array) c.get(p.path())).rows();
            if (a.filter() == Filter.FULL_ROW_RANK && !RationalLinearAlgebra.hasFullRowRank(x))
                return false;
            if (a.filter() == Filter.SEPARABLE && !separable(c, x)) return false;
        }
        return true;
    }

    /** Separability of the rows signed by problem.y (the candidate's, else the spec's). */
    private boolean separable(Candidate c, BigFraction[][] x) {
        BigFraction[] y;
        if (c.get("problem.y") instanceof Draw.Array a) {
            y = a.rows()[0];
        } else {
            y = numbers(base.get("problem.y"));
            if (y == null) return false;
        }
        if (y.length != x.length) return false;
        Value[][] z = new Value[x.length][];
        for (int n = 0; n < x.length; n++) {
            z[n] = new Value[x[n].length];
            for (int j = 0; j < x[n].length; j++) {
                BigFraction q = x[n][j].multiply(y[n]);
                z[n][j] = Value.of(q, Value.text(q));
            }
        }
        return Separability.check(z).separable();
    }

    /** A flat list of plain numbers written in the spec ([1, -1, "1/2"]), or null. */
    private static BigFraction[] numbers(String flow) {
        if (flow == null || !flow.startsWith("[") || flow.startsWith("[[")) return null;
        String inner = flow.substring(1, flow.length() - 1).replace("\"", "");
        if (inner.isBlank()) return new BigFraction[0];
        String[] parts = inner.split(",");
        BigFraction[] out = new BigFraction[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) out[i] = parse(parts[i].strip());
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    private static BigFraction parse(String s) {
        int slash = s.indexOf('/');
        if (slash > 0) {
            return new BigFraction(
                    new BigInteger(s.substring(0, slash).strip()),
                    new BigInteger(s.substring(slash + 1).strip()));
        }
        BigDecimal d = new BigDecimal(s);
        return d.scale() <= 0
                ? new BigFraction(d.toBigIntegerExact())
                : new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * Simpler candidates than {@code c}, simplest moves first: fewer data points, lower dimension,
     * zero start, smaller entries, round numbers, earlier choices. Every move lowers {@link
     * #complexity}, so shrinking ends.
     */
    List<Candidate> simpler(Candidate c) {
        List<Candidate> out = new ArrayList<>();
        structural(c, out);
        for (Parameter p : parameters) {
            for (Draw d : simpler(p, c.get(p.path()))) {
                Candidate s = c.with(p.path(), d);
                if (accepts(s)) out.add(s);
            }
        }
        out.removeIf(s -> complexity(s).compareTo(complexity(c)) >= 0);
        return out;
    }

    /** Drops a data point (a row of every matrix, an entry of problem.y) or a dimension. */
    private void structural(Candidate c, List<Candidate> out) {
        for (Parameter p : parameters) {
            if (!(c.get(p.path()) instanceof Draw.Array a) || a.vector()) continue;
            int rows = a.rows().length, cols = a.rows()[0].length;
            for (int i = rows - 1; i >= 0 && rows > 1; i--) {
                Candidate s = dropRow(c, rows, i);
                if (accepts(s)) out.add(s);
            }
            for (int j = cols - 1; j >= 0 && cols > 1; j--) {
                Candidate s = dropColumn(c, rows, cols, j);
                if (accepts(s)) out.add(s);
            }
            return; // the first matrix defines the data points and the dimension
        }
    }

    private Candidate dropRow(Candidate c, int rows, int i) {
        Map<String, Draw> values = new LinkedHashMap<>(c.values());
        values.replaceAll(
                (path, d) -> {
                    if (!(d instanceof Draw.Array a)) return d;
                    if (!a.vector() && a.rows().length == rows)
                        return new Draw.Array(without(a.rows(), i), false);
                    if (a.vector() && path.equals("problem.y") && a.rows()[0].length == rows) {
                        return new Draw.Array(new BigFraction[][] {without(a.rows()[0], i)}, true);
                    }
                    return d;
                });
        return new Candidate(values);
    }

    private Candidate dropColumn(Candidate c, int rows, int cols, int j) {
        Map<String, Draw> values = new LinkedHashMap<>(c.values());
        values.replaceAll(
                (path, d) -> {
                    if (!(d instanceof Draw.Array a)) return d;
                    if (!a.vector() && a.rows().length == rows && a.rows()[0].length == cols) {
                        BigFraction[][] m = new BigFraction[rows][];
                        for (int i = 0; i < rows; i++) m[i] = without(a.rows()[i], j);
                        return new Draw.Array(m, false);
                    }
                    if (a.vector() && !path.equals("problem.y") && a.rows()[0].length == cols) {
                        return new Draw.Array(new BigFraction[][] {without(a.rows()[0], j)}, true);
                    }
                    return d;
                });
        return new Candidate(values);
    }

    private static List<Draw> simpler(Parameter p, Draw value) {
        List<Draw> out = new ArrayList<>();
        Domain d = p.domain();
        if (value instanceof Draw.Number n && d instanceof Interval i) {
            for (BigFraction q : rounder(n.value()))
                if (inside(q, i.lo(), i.hi())) out.add(new Draw.Number(q));
        } else if (value instanceof Draw.Number n && d instanceof IntegerRange r) {
            long v = n.value().getNumerator().longValue();
            long simplest = r.lo() > 0 ? r.lo() : Math.min(r.hi(), 0);
            for (long t = simplest; t != v; t = v - (v - t) / 2) {
                out.add(integer(t));
                if ((v - t) / 2 == 0) break;
            }
        } else if (value instanceof Draw.Norm n && d instanceof NormFamily f) {
            for (BigFraction q : rounder(n.p()))
                if (inside(q, f.lo(), f.hi())) out.add(new Draw.Norm(q));
        } else if (value instanceof Draw.Text t && d instanceof Choice c) {
            int at = c.values().indexOf(t.yaml());
            for (int k = 0; k < at; k++) out.add(new Draw.Text(c.values().get(k)));
        } else if (value instanceof Draw.Array a && d instanceof Array domain) {
            BigFraction zero = BigFraction.ZERO;
            if (inside(zero, domain.lo(), domain.hi())) {
                BigFraction[][] zeros = copy(a.rows());
                for (BigFraction[] row : zeros) Arrays.fill(row, zero);
                out.add(new Draw.Array(zeros, a.vector()));
            }
            for (int i = 0; i < a.rows().length; i++) {
                for (int j = 0; j < a.rows()[i].length; j++) {
                    for (BigFraction q : smaller(a.rows()[i][j])) {
                        if (!inside(q, domain.lo(), domain.hi())) continue;
                        BigFraction[][] m = copy(a.rows());
                        m[i][j] = q;
                        out.add(new Draw.Array(m, a.vector()));
                    }
                }
            }
        }
        return out;
    }

    /** 0, then the value rounded to an integer, then halved toward zero. */
    private static List<BigFraction> smaller(BigFraction q) {
        List<BigFraction> out = new ArrayList<>();
        if (q.signum() == 0) return out;
        out.add(BigFraction.ZERO);
        BigFraction rounded =
                new BigFraction(
                        new BigDecimal(q.bigDecimalValue(20, RoundingMode.HALF_EVEN).toBigInteger())
                                .toBigInteger());
        if (!rounded.equals(q) && rounded.signum() != 0) out.add(rounded);
        if (q.getDenominator().equals(BigInteger.ONE)) {
            BigInteger half = q.getNumerator().divide(BigInteger.TWO);
            if (half.signum() != 0) out.add(new BigFraction(half));
        } else {
            BigDecimal d = q.bigDecimalValue(20, RoundingMode.HALF_EVEN);
            for (int digits = 1; digits < DIGITS; digits++) {
                BigFraction r = exact(d.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
                if (!r.equals(q)) out.add(r);
            }
        }
        return out;
    }

    /** The value rounded to 1, 2, ... significant digits, and the simple fractions near it. */
    private static List<BigFraction> rounder(BigFraction q) {
        List<BigFraction> out = new ArrayList<>();
        BigDecimal d = q.bigDecimalValue(30, RoundingMode.HALF_EVEN);
        for (int digits = 1; digits <= DIGITS; digits++) {
            BigFraction r = exact(d.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
            if (!r.equals(q) && !out.contains(r)) out.add(r);
        }
        for (int den = 4; den >= 2; den--) { // halves end up first
            BigFraction r =
                    new BigFraction(
                            q.multiply(den)
                                    .bigDecimalValue(0, RoundingMode.HALF_EVEN)
                                    .toBigInteger(),
                            BigInteger.valueOf(den));
            if (!r.equals(q) && !out.contains(r)) out.add(0, r);
        }
        return out;
    }

    /**
     * How complicated a candidate is: entries and dimensions first, then the size of its numbers
     * (numerators, denominators, decimal digits), then the index of each choice.
     */
    static BigInteger complexity(Candidate c) {
        BigInteger size = BigInteger.ZERO;
        BigInteger digits = BigInteger.ZERO;
        for (Draw d : c.values().values()) {
            if (d instanceof Draw.Array a) {
                for (BigFraction[] row : a.rows()) {
                    size = size.add(BigInteger.valueOf(row.length));
                    for (BigFraction q : row) digits = digits.add(weight(q));
                }
            } else if (d instanceof Draw.Number n) {
                digits = digits.add(weight(n.value()));
            } else if (d instanceof Draw.Norm n) {
                digits = digits.add(weight(n.p()));
            } else {
                digits = digits.add(BigInteger.valueOf(d.yaml().length()));
            }
        }
        return size.shiftLeft(256).add(digits);
    }

    /** |numerator| + denominator: 0 weighs 1, 1 weighs 2, 0.1 weighs 11, 0.0973 weighs 10097. */
    private static BigInteger weight(BigFraction q) {
        return q.getNumerator().abs().add(q.getDenominator());
    }

    // ---- the one-dimensional view the threshold finder bisects on ----

    /** The single interval or integer parameter of a one-dimensional search, else null. */
    Parameter line() {
        if (parameters.size() != 1) return null;
        Domain d = parameters.get(0).domain();
        return d instanceof Interval || d instanceof IntegerRange ? parameters.get(0) : null;
    }

    /** The candidate with {@link #line()} at v (rounded down for an integer range). */
    Candidate lineAt(Candidate template, BigFraction v) {
        Parameter p = line();
        if (p.domain() instanceof IntegerRange) {
            v = new BigFraction(v.bigDecimalValue(0, RoundingMode.FLOOR).toBigInteger());
        }
        return template.with(p.path(), new Draw.Number(v));
    }

    /** The number with the fewest significant digits within {@code slack} of {@code v}. */
    static BigFraction shortest(BigFraction v, BigFraction slack) {
        BigDecimal d = v.bigDecimalValue(60, RoundingMode.HALF_EVEN);
        for (int digits = 1; digits < 60; digits++) {
            BigFraction r = exact(d.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
            if (r.subtract(v).abs().compareTo(slack) <= 0) return r;
        }
        return v;
    }

    /** |b - a| / max(|a|, |b|) on {@link #line()}. */
    double relativeWidth(Candidate a, Candidate b) {
        BigFraction x = value(a), y = value(b);
        BigFraction scale = x.abs().compareTo(y.abs()) >= 0 ? x.abs() : y.abs();
        return scale.signum() == 0 ? 0 : y.subtract(x).abs().divide(scale).doubleValue();
    }

    BigFraction value(Candidate c) {
        return ((Draw.Number) c.get(line().path())).value();
    }

    // ---- numbers ----

    /**
     * The point at fraction u of [lo, hi] (log scale if asked) with {@code digits} significant
     * digits, inside [lo, hi].
     */
    private static BigFraction real(
            BigFraction lo, BigFraction hi, boolean log, double u, int digits) {
        double a = lo.doubleValue(), b = hi.doubleValue();
        double x = log ? Math.exp(Math.log(a) + u * (Math.log(b) - Math.log(a))) : a + u * (b - a);
        if (x == 0 || !Double.isFinite(x)) return lo;
        BigFraction q =
                exact(new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
        if (q.compareTo(lo) < 0) return lo;
        if (q.compareTo(hi) > 0) return hi;
        return q;
    }

    private static double position(BigFraction lo, BigFraction hi, boolean log, BigFraction v) {
        double a = lo.doubleValue(), b = hi.doubleValue(), x = v.doubleValue();
        if (b == a) return 0;
        return log ? (Math.log(x) - Math.log(a)) / (Math.log(b) - Math.log(a)) : (x - a) / (b - a);
    }

    private static double clamp(double u) {
        return Math.max(0, Math.min(1, u));
    }

    static BigFraction exact(BigDecimal d) {
        return d.scale() <= 0
                ? new BigFraction(d.setScale(0).unscaledValue())
                : new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    private static Draw.Number integer(long n) {
        return new Draw.Number(new BigFraction(n));
    }

    private static boolean inside(BigFraction q, BigFraction lo, BigFraction hi) {
        return q.compareTo(lo) >= 0 && q.compareTo(hi) <= 0;
    }

    private static long ceil(BigFraction q) {
        return q.bigDecimalValue(0, RoundingMode.CEILING).longValueExact();
    }

    private static long floor(BigFraction q) {
        return q.bigDecimalValue(0, RoundingMode.FLOOR).longValueExact();
    }

    private static BigFraction[][] copy(BigFraction[][] m) {
        BigFraction[][] c = new BigFraction[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }

    private static BigFraction[][] without(BigFraction[][] m, int i) {
        BigFraction[][] out = new BigFraction[m.length - 1][];
        for (int k = 0, o = 0; k < m.length; k++) if (k != i) out[o++] = m[k];
        return out;
    }

    private static BigFraction[] without(BigFraction[] v, int i) {
        BigFraction[] out = new BigFraction[v.length - 1];
        for (int k = 0, o = 0; k < v.length; k++) if (k != i) out[o++] = v[k];
        return out;
    }

    private SpecError error(Parameter p, String problem) {
        return new SpecError(file, p.position(), "search.parameters." + p.path(), problem);
    }
}
