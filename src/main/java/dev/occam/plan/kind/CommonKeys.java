package dev.occam.plan.kind;

import dev.occam.algorithm.GradientNormStep;
import dev.occam.algorithm.LossScaledStep;
import dev.occam.algorithm.StepSize;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.MarginLoss;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.NormSquaredPotential;
import dev.occam.spec.Section;
import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.RangeBound;
import dev.occam.symbolic.RangeBounds;
import dev.occam.symbolic.Symbolic;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;

/**
 * The keys several kinds share (step, init, norm, potential, beta, flow tolerance): their
 * declarations and their readers, so that each reads and documents the same way everywhere.
 */
final class CommonKeys {
    static final Key INIT =
            Key.optional(
                    "init",
                    ValueType.VECTOR,
                    "zeros",
                    "the starting point w0, of length d; the prediction starts from it too");
    static final Key BETA = Key.required("beta", ValueType.UNIT_INTERVAL, "the momentum");
    static final Key FLOW_TOLERANCE_KEY =
            Key.optional(
                    "flow-tolerance",
                    ValueType.FLOW_TOLERANCE,
                    "1e-12",
                    "the integrator's tolerance when step is flow; accepted at every point so a sweep can mix steps and flow");
    static final Key STEP_OR_FLOW =
            Key.required(
                    "step",
                    ValueType.STEP_OR_FLOW,
                    "the step eta_t; flow runs the method's gradient flow");
    static final Key STEP = Key.required("step", ValueType.STEP, "the step eta_t");
    static final Key FLOW_STEP_KEY =
            Key.optional(
                    "flow-step",
                    ValueType.POSITIVE_NUMBER,
                    "1",
                    "with step: flow, the flow time of one iteration");

    static final String FLOW = "flow";
    private static final double DEFAULT_FLOW_TOLERANCE = 1e-12;

    private CommonKeys() {}

    /** {@code step: flow} asks for the step -> 0 limit of the method: its gradient flow. */
    static boolean isFlow(Section s) {
        if (!s.has("step") || s.isSection("step")) return false;
        Section.NumberOrFormula n = s.numberOrFormula("step");
        return !n.isNumber() && n.formula().equals(FLOW);
    }

    /**
     * Read for every point, so a sweep mixing step sizes and {@code flow} accepts the key
     * everywhere.
     */
    static double flowTolerance(Section s) {
        return s.has("flow-tolerance") ? tolerance(s, "flow-tolerance") : DEFAULT_FLOW_TOLERANCE;
    }

    /** The flow time of one iteration of a flow, {@code flow-step} (default 1). */
    static double flowStep(Section s) {
        return s.has("flow-step") ? positive(s, "flow-step").doubleValue() : 1;
    }

    static double tolerance(Section s, String key) {
        return s.number(
                        key,
                        v -> v.doubleValue() >= 1e-14 && v.doubleValue() < 1e-3,
                        "a number in [1e-14, 1e-3) (the flow is integrated in double)")
                .doubleValue();
    }

    /** A number > 0, e.g. a claim's tolerance. */
    static Value positive(Section s, String key) {
        return s.number(key, v -> v.doubleValue() > 0, "a positive number");
    }

    static double beta(Section s) {
        return s.number(
                        "beta",
                        v -> v.doubleValue() >= 0 && v.doubleValue() < 1,
                        "a number in [0, 1)")
                .doubleValue();
    }

    /**
     * A number or a formula in t, for methods whose update does not scale with 1/L(w_t) (momentum,
     * Nesterov, mirror descent, AdaGrad): a loss-scaled rule is refused at its key.
     */
    static StepSize plainStep(Section s, PointContext b) {
        if (s.isSection("step")) {
            throw s.error(
                    "step",
                    "loss-scaled steps {over-loss: ...} are for gradient-descent, steepest-descent, sign-descent, "
                            + "coordinate-descent and diagonal-network; "
                            + s.string("kind")
                            + " takes a number or a formula in t");
        }
        return step(s, b);
    }

    /**
     * A positive number, a formula in t (the iteration, from 0) compiled once, or {over-loss: C,
     * cap: E, log-power: p}.
     */
    static StepSize step(Section s, PointContext b) {
        return step(s, b, Norms.l2());
    }

    /**
     * As {@link #step(Section, PointContext)}; {@code norm} is the algorithm's norm, whose dual
     * norm of the data gives B = max_n ||x_n||_* for {@code over-loss} formulas such as "1/B^2".
     */
    static StepSize step(Section s, PointContext b, Norm norm) {
        if (s.isSection("step")) return lossScaled(s, b, norm);
        Section.NumberOrFormula n = s.numberOrFormula("step");
        if (n.isNumber()) {
            double eta = n.number().doubleValue();
            if (!(eta > 0))
                throw s.error(
                        "step",
                        "expected a positive number or a formula in t, got " + n.number().text());
            return StepSize.constant(
                    eta, n.number().text(), n.number().isRational() ? n.number().rational() : null);
        }
        Formula f = b.formula(s, "step", n.formula(), List.of("t"));
        CompiledFormula c = f.compile();
        for (int t : new int[] {0, 1, 10, 1000}) {
            double eta = c.value((double) t);
            if (!(eta > 0) || !Double.isFinite(eta)) {
                throw s.error(
                        "step",
                        "the schedule "
                                + n.formula()
                                + " gives "
                                + eta
                                + " at t = "
                                + t
                                + "; expected positive steps");
            }
        }
        // proved bounds of the schedule after a run's last step, by interval arithmetic (and f'
        // where it helps)
        RangeBounds values = RangeBounds.of(f);
        RangeBounds harmonic = RangeBounds.timesArgument(f);
        return new StepSize() {
            @Override
            public double at(long t) {
                return c.value((double) t);
            }

            @Override
            public String describe() {
                return n.formula();
            }

            @Override
            public double supremumFrom(long from) {
                RangeBound b = values.upper(from, Double.POSITIVE_INFINITY);
                return b.defined() ? b.bound() : Double.POSITIVE_INFINITY;
            }

            @Override
            public double harmonicFloorFrom(long from) {
                RangeBound b = harmonic.lower(Math.max(1, from), Double.POSITIVE_INFINITY);
                return b.defined() && b.bound() > 0 ? b.bound() : 0;
            }
        };
    }

    /**
     * gradient-descent's step: as {@link #step(Section, PointContext)}, or {over-gradient-norm:
     * eta}, eta_t = eta / ||grad L(w_t)||_2.
     */
    static StepSize gradientDescentStep(Section s, PointContext b) {
        if (!s.isSection("step") || !s.section("step").has("over-gradient-norm")) return step(s, b);
        Section rule = s.section("step");
        Section.NumberOrFormula eta = rule.numberOrFormula("over-gradient-norm");
        rule.finish();
        if (!eta.isNumber()
                || !(eta.number().doubleValue() > 0)
                || !Double.isFinite(eta.number().doubleValue()))
            throw rule.error(
                    "over-gradient-norm", "expected a positive number (the length of every step)");
        return new GradientNormStep(
                eta.number().doubleValue(),
                "eta / ||grad L(w_t)|| with eta = " + eta.number().text());
    }

    private static StepSize lossScaled(Section s, PointContext b, Norm norm) {
        if (s.section("step").has("over-gradient-norm"))
            throw s.error(
                    "step",
                    "over-gradient-norm steps are for gradient-descent; "
                            + s.string("kind")
                            + " takes "
                            + "a number, a formula in t or {over-loss: ...}");
        MarginLoss data = b.problem().marginLoss();
        // a nonlinear classifier has exponentially tailed losses too, but no data norm B
        boolean model = data == null && b.problem().marginModel() != null;
        if (data == null && !model) {
            throw s.error(
                    "step",
                    "over-loss steps need an exponentially tailed loss (problem.kind classification, or model with loss exponential or logistic)");
        }
        Section rule = s.section("step");
        double bigB = model ? Double.NaN : dualNormBound(data, norm);
        Section.NumberOrFormula c = rule.numberOrFormula("over-loss");
        double cap =
                rule.optionalNumber("cap").map(Value::doubleValue).orElse(Double.POSITIVE_INFINITY);
        if (!(cap > 0)) throw rule.error("cap", "expected a positive number, got " + cap);
        double logPower = rule.optionalNumber("log-power").map(Value::doubleValue).orElse(0.0);
        if (!(logPower >= 0) || !Double.isFinite(logPower))
            throw rule.error("log-power", "expected a number >= 0, got " + logPower);
        rule.finish();
        String capText = Double.isInfinite(cap) ? "inf" : String.valueOf(cap);
        String perLoss =
                logPower == 0 ? " / L(w_t))" : " / (L(w_t) max(1, log 1/L(w_t))^" + logPower + "))";
        if (c.isNumber()) {
            double cValue = c.number().doubleValue();
            if (!(cValue > 0) || !Double.isFinite(cValue))
                throw rule.error("over-loss", "expected a positive constant, got " + cValue);
            return new LossScaledStep(
                    cValue, cap, "min(" + capText + ", " + c.number().text() + perLoss, logPower);
        }
        Formula f = b.formula(rule, "over-loss", c.formula(), List.of("B", "t"));
        boolean inB, inTime;
        try {
            // Symja can exceed the formula time limit here too: the error belongs at the key
            inB = !f.derivative("B").text().equals("0");
            inTime = !f.derivative("t").text().equals("0");
        } catch (FormulaException e) {
            throw rule.error("over-loss", e.getMessage());
        }
        if (model && inB)
            throw rule.error(
                    "over-loss",
                    "B = max_n ||x_n||_* is a bound of linear classification data; a model's over-loss formula may use t only");
        CompiledFormula compiled = f.compile();
        for (int t : inTime ? new int[] {0, 1, 10, 1000} : new int[] {0}) {
            double ct = compiled.value(bigB, t);
            if (!(ct > 0) || !Double.isFinite(ct))
                throw rule.error(
                        "over-loss",
                        "expected a positive constant, got "
                                + ct
                                + (inTime ? " at t = " + t : "")
                                + " with B = "
                                + bigB);
        }
        if (!inTime) {
            double cValue = compiled.value(bigB, 0);
            return new LossScaledStep(
                    cValue,
                    cap,
                    "min("
                            + capText
                            + ", "
                            + c.formula()
                            + " = "
                            + cValue
                            + " with B = "
                            + bigB
                            + perLoss,
                    logPower);
        }
        String describe = c.formula() + " with B = " + bigB;
        StepSize schedule =
                new StepSize() {
                    @Override
                    public double at(long t) {
                        return compiled.value(bigB, (double) t);
                    }

                    @Override
                    public String describe() {
                        return describe;
                    }
                };
        return new LossScaledStep(
                schedule, cap, "min(" + capText + ", " + describe + perLoss, logPower);
    }

    /** B = max_n ||x_n||_*, the dual norm of the data in the algorithm's norm. */
    static double dualNormBound(MarginLoss data, Norm norm) {
        Tier tier = Tier.forDigits(16);
        double max = 0;
        for (Value[] row : data.x()) max = Math.max(max, norm.dual(tier.of(row)).doubleValue());
        return max;
    }

    /** The starting point: a vector of the problem's dimension, "zeros" (default) or generated. */
    static Value[] init(Section s, PointContext b) {
        int d = b.problem().dimension();
        if (!s.has("init")) {
            Value[] zeros = new Value[d];
            Arrays.fill(zeros, Value.of(0));
            return zeros;
        }
        return s.vector("init", d);
    }

    /**
     * "l1", "l2", "linf", "lp:P" (P exact, > 1), or {quadratic: D} (symmetric positive definite, d
     * x d).
     */
    static Norm norm(Section s, String key, PointContext b) {
        int d = b.problem().dimension();
        Tier tier = Tier.forDigits(b.spec().run().precision());
        if (s.isSection(key)) return Norms.quadratic(quadraticMetric(s, key, d), tier);
        String name = s.string(key);
        switch (name) {
            case "l1":
                return Norms.l1();
            case "l2":
                return Norms.l2();
            case "linf":
                return Norms.linf();
            default:
                if (name.startsWith("lp:")) return Norms.lp(exponent(s, key, name.substring(3), b));
                throw s.error(
                        key,
                        "expected l1, l2, linf, lp:P (e.g. lp:4/3) or {quadratic: D}, got '"
                                + name
                                + "'");
        }
    }

    /** An exact exponent p > 1 (p = infinity is linf). */
    static Value exponent(Section s, String key, String text, PointContext b) {
        Value p;
        try {
            p = Symbolic.get().number(text, b.spec().run().formulaTimeLimit());
        } catch (FormulaException e) {
            throw s.error(
                    key,
                    "expected lp:P with a number P, got lp:" + text + " (" + e.getMessage() + ")");
        }
        if (!p.isRational() || p.rational().compareTo(BigFraction.ONE) <= 0) {
            throw s.error(key, "expected lp:P with a rational P > 1, got lp:" + text);
        }
        return p;
    }

    /** A separable potential formula in x, or {half-squared-norm: "lp:P"}. */
    static MirrorMap potential(Section s, String key, PointContext b) {
        if (s.isSection(key)) {
            Section q = s.section(key);
            String norm = q.string("half-squared-norm");
            q.finish();
            if (!norm.startsWith("lp:"))
                throw q.error("half-squared-norm", "expected lp:P (e.g. lp:3), got '" + norm + "'");
            return new NormSquaredPotential(exponent(q, "half-squared-norm", norm.substring(3), b));
        }
        return b.potential(s, key, s.string(key));
    }

    /** {quadratic: D} with D symmetric positive definite, d x d. */
    static Value[][] quadraticMetric(Section s, String key, int d) {
        Section q = s.section(key);
        Value[][] m = q.matrix("quadratic");
        q.finish();
        if (m.length != d || m[0].length != d)
            throw q.error(
                    "quadratic",
                    "expected a " + d + "x" + d + " matrix, got " + m.length + "x" + m[0].length);
        checkPositiveDefinite(q, m);
        return m;
    }

    /**
     * Exactly symmetric, and positive definite by exact elimination (rational D) or in 60 digits;
     * the eigenvalue only words the error.
     */
    private static void checkPositiveDefinite(Section q, Value[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (!m[i][j].decimal().equals(m[j][i].decimal()))
                    throw q.error(
                            "quadratic",
                            "D must be symmetric: D["
                                    + i
                                    + "]["
                                    + j
                                    + "] != D["
                                    + j
                                    + "]["
                                    + i
                                    + "]");
            }
        }
        boolean definite =
                RationalLinearAlgebra.isRational(m)
                        ? PositiveDefinite.test(RationalLinearAlgebra.fractions(m))
                        : PositiveDefinite.test(decimals(m), new MathContext(60));
        if (!definite) {
            double[][] a = new double[m.length][];
            for (int i = 0; i < m.length; i++) a[i] = doubles(m[i]);
            double[] ev =
                    new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a)).getEigenvalues();
            throw q.error(
                    "quadratic",
                    "D must be positive definite; its smallest eigenvalue is about "
                            + ev[ev.length - 1]);
        }
    }

    private static BigDecimal[][] decimals(Value[][] m) {
        BigDecimal[][] out = new BigDecimal[m.length][];
        for (int i = 0; i < m.length; i++)
            out[i] = Arrays.stream(m[i]).map(Value::decimal).toArray(BigDecimal[]::new);
        return out;
    }

    static double[] doubles(Value[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }
}
