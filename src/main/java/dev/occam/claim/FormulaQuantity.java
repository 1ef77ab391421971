package dev.occam.claim;

import dev.occam.algorithm.Stepper;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.run.PointRun;
import dev.occam.symbolic.CompiledFormula;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A claim's quantity given as a formula over the iterate's entries (W11, W12, ... of a matrix
 * iterate, 1-based, row by row; w1 .. wd of a vector), the loss L and the time t (the iteration
 * count; a log-time flow's flow time), compiled once by Symja when the plan is built and evaluated
 * in double on the compiled tree, never by Symja during a run.
 *
 * <p>Its rounding slack is an interval enclosure: the compiled formula over the box of every input
 * the computed one may stand for (each entry within the iterate's rounding c eps ||w|| plus its
 * rounding to double, L within the loss's rounding, t exact). The enclosure's half-width around the
 * value bounds how far the value at the exact iterate can be, the evaluation's own rounding
 * included; where the enclosure is unbounded (the box reaches a pole, or a square root of a
 * negative number) the value is not seen (NaN).
 */
public final class FormulaQuantity {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ENTRY = Pattern.compile("\\bW([0-9][0-9])\\b");
    private static final Pattern LOSS = Pattern.compile("\\bL\\b");

    private final String text;
    private final CompiledFormula compiled;
    private final int entries;
    private final boolean usesLoss;
    private final boolean usesTime;

    /**
     * @param compiled the formula compiled in {@link #variables} of the same problem
     */
    public FormulaQuantity(String text, CompiledFormula compiled, int entries) {
        this.text = text;
        this.compiled = compiled;
        this.entries = entries;
        List<String> used = identifiers(symjaText(text));
        this.usesLoss = used.contains("l");
        this.usesTime = used.contains("t");
    }

    /**
     * The variables a formula quantity may use on this problem: W11 .. Wmn (row by row) for an m x
     * n matrix iterate with m, n <= 9, else w1 .. wd; then L and t. Null for a matrix too large for
     * two-digit names.
     */
    public static List<String> variables(Problem problem) {
        List<String> names = new ArrayList<>();
        int[] shape = problem.matrixShape();
        if (shape != null) {
            if (shape[0] > 9 || shape[1] > 9) return null;
            for (int i = 1; i <= shape[0]; i++)
                for (int j = 1; j <= shape[1]; j++) names.add("W" + i + j);
        } else {
            for (int i = 1; i <= problem.dimension(); i++) names.add("w" + i);
        }
        names.add("L");
        names.add("t");
        return names;
    }

    public String text() {
        return text;
    }

    /**
     * The formula as Symja reads it: Symja's relaxed parser lowercases user symbols, so W11 and L
     * are handed to it as w11 and l (and {@link #symjaVariables} lists them so).
     */
    public static String symjaText(String text) {
        return ENTRY.matcher(LOSS.matcher(text).replaceAll("l")).replaceAll("w$1");
    }

    /** {@link #variables} as Symja knows them (lowercase). */
    public static List<String> symjaVariables(List<String> variables) {
        return variables.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Whether the formula reads only the iterate's entries (not L, not t). */
    public boolean entriesOnly() {
        return !usesLoss && !usesTime;
    }

    /** The formula at w, with log L(w) and the time. */
    double value(Vec w, double logLoss, double time) {
        double[] args = new double[entries + 2];
        for (int k = 0; k < entries; k++) args[k] = w.get(k);
        args[entries] = Math.exp(logLoss);
        args[entries + 1] = time;
        return compiled.value(args);
    }

    /**
     * The enclosure's half-width around {@code value}: how far the formula at the exact iterate can
     * be from the value computed at w (infinite when the enclosure is unbounded).
     *
     * @param radius each entry's rounding (c eps ||w||)
     * @param logLossSlack how far the computed log L can be from the exact one
     */
    double slack(
            Vec w, double logLoss, double time, double value, double radius, double logLossSlack) {
        if (!Double.isFinite(value)) return Double.POSITIVE_INFINITY;
        Interval[] box = new Interval[entries + 2];
        for (int k = 0; k < entries; k++) {
            box[k] = box(w.get(k), radius);
        }
        double loss = Math.exp(logLoss);
        box[entries] =
                usesLoss
                        ? Interval.of(
                                Math.max(0, loss * Math.exp(-logLossSlack) - Math.ulp(loss)),
                                loss * Math.exp(logLossSlack) + Math.ulp(loss))
                        : Interval.point(loss);
        box[entries + 1] = Interval.point(time);
        Interval range = compiled.enclose(box);
        if (range.maybeUndefined()) return Double.POSITIVE_INFINITY;
        double s = Math.max(range.hi() - value, value - range.lo());
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
    }

    /**
     * The formula's range over every point within {@code radius} of w in each entry (for a formula
     * of the entries only: L and t are taken at w's).
     */
    Interval around(Vec w, double radius) {
        Interval[] box = new Interval[entries + 2];
        for (int k = 0; k < entries; k++) {
            box[k] = box(w.get(k), radius);
        }
        box[entries] = Interval.point(0);
        box[entries + 1] = Interval.point(0);
        return compiled.enclose(box);
    }

    /**
     * As a watch sees it during a run: L from the run's objective in its tier (only when the
     * formula reads it), NaN where the slack is unbounded.
     */
    Quantities.Quantity watched(Problem problem, Objective objective) {
        double radius = Quantities.rounding(problem, objective.tier().epsilon());
        Quantities.Slack lossSlack = Quantities.lossSlack(problem, radius);
        return new Quantities.Quantity() {
            private double slack;

            @Override
            public double at(Vec w, double time, Stepper stepper) {
                double logLoss = usesLoss ? objective.logLoss(w).doubleValue() : 0;
                double v = value(w, logLoss, time);
                double ls = usesLoss ? lossSlack.at(w, time, logLoss) : 0;
                slack = FormulaQuantity.this.slack(w, logLoss, time, v, radius * norm(w), ls);
                return Double.isFinite(slack) ? v : Double.NaN;
            }

            @Override
            public double slack(Vec w, double time, double value) {
                return slack;
            }
        };
    }

    /** {t[], q[]} over the run's recorded samples (NaN where the slack is unbounded). */
    double[][] series(PointRun run) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        double[][] out = new double[2][samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Trajectory.Sample s = samples.get(i);
            double[] q = at(run, s);
            out[0][i] = s.time();
            out[1][i] = Double.isFinite(q[1]) ? q[0] : Double.NaN;
        }
        return out;
    }

    /** {q, slack} at the run's last recorded iterate. */
    double[] last(PointRun run) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        return at(run, samples.get(samples.size() - 1));
    }

    private double[] at(PointRun run, Trajectory.Sample s) {
        double radius = Quantities.rounding(run.problem(), run.tier().epsilon());
        Vec w = s.iterate();
        double v = value(w, s.logLoss(), s.time());
        double ls =
                usesLoss
                        ? Quantities.lossSlack(run.problem(), radius).at(w, s.time(), s.logLoss())
                        : 0;
        return new double[] {v, slack(w, s.logLoss(), s.time(), v, radius * norm(w), ls)};
    }

    private static double norm(Vec w) {
        return Math.sqrt(w.dot(w).doubleValue());
    }

    /** The identifiers a formula text names (function names included). */
    private static List<String> identifiers(String text) {
        List<String> out = new ArrayList<>();
        var m = VARIABLE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * [x - r, x + r] with r = radius + ulp(x), rounded outward (r may dwarf x, and the radius
     * itself was summed in round-to-nearest: a relative 1e-15 covers its few roundings).
     */
    private static Interval box(double x, double radius) {
        double r = Math.nextUp((radius + Math.ulp(x)) * (1 + 1e-15));
        return Interval.of(Math.nextDown(x - r), Math.nextUp(x + r));
    }
}
