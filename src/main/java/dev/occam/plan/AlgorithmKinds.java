package dev.occam.plan;

import dev.occam.algorithm.CustomAlgorithm;
import dev.occam.algorithm.Optimizer;
import dev.occam.algorithm.PluginException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import dev.occam.algorithm.AdaGrad;
import dev.occam.algorithm.Adam;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.LossScaledStep;
import dev.occam.algorithm.MirrorDescent;
import dev.occam.algorithm.Momentum;
import dev.occam.algorithm.Nesterov;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.SteepestDescent;
import dev.occam.plan.Kinds.Configured;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.NormSquaredPotential;
import dev.occam.problem.SeparablePotential;
import dev.occam.spec.Section;
import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.RangeBound;
import dev.occam.symbolic.RangeBounds;
import dev.occam.symbolic.Symbolic;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/** Builders of algorithm kinds and of the keys they share (step, init, norm, potential). */
final class AlgorithmKinds {
    static final String FLOW = "flow";
    private static final double DEFAULT_FLOW_TOLERANCE = 1e-12;
    /** Default step in s = log t of a log-time flow: ten samples per unit of log t. */
    private static final double LOG_TIME_STEP = 0.1;

    private AlgorithmKinds() {
    }

    static Configured gradientDescent(Section s, PointContext b) {
        double flowTolerance = flowTolerance(s);
        Value[] w0 = init(s, b);
        return new Configured(isFlow(s) ? new GradientFlow(null, null, flowTolerance, 1) : new GradientDescent(step(s, b)), w0);
    }

    static Configured momentum(Section s, PointContext b) {
        return new Configured(new Momentum(plainStep(s, b), beta(s)), init(s, b));
    }

    static Configured nesterov(Section s, PointContext b) {
        return new Configured(new Nesterov(plainStep(s, b), beta(s)), init(s, b));
    }

    static Configured mirrorDescent(Section s, PointContext b) {
        MirrorMap psi = potential(s, "potential", b);
        double flowTolerance = flowTolerance(s);
        Value[] w0 = init(s, b);
        String outside = psi.domainViolation(doubles(w0));
        if (outside != null) throw s.error("init", outside);
        return new Configured(isFlow(s) ? new GradientFlow(null, psi, flowTolerance, 1) : new MirrorDescent(plainStep(s, b), psi), w0);
    }

    static Configured steepestDescent(Section s, PointContext b) {
        Norm norm = norm(s, "norm", b);
        double flowTolerance = flowTolerance(s);
        Value[] w0 = init(s, b);
        return new Configured(isFlow(s) ? new GradientFlow(norm, null, flowTolerance, 1) : new SteepestDescent(step(s, b, norm), norm), w0);
    }

    static Configured adagrad(Section s, PointContext b) {
        double eps = s.optionalNumber("epsilon").map(Value::doubleValue).orElse(0.0);
        if (eps < 0) throw s.error("epsilon", "expected a number >= 0, got " + eps);
        return new Configured(new AdaGrad(plainStep(s, b), eps), init(s, b));
    }

    /** Adam: step (number or formula in t), beta1 (default 0.9), beta2 (default 0.999), epsilon (default 0), init. */
    static Configured adam(Section s, PointContext b) {
        if (s.isSection("step")) throw s.error("step", "adam takes a number or a formula in t (Adam's step does not depend on the gradient's scale)");
        StepSize step = step(s, b);
        Predicate<Value> unit = v -> v.doubleValue() >= 0 && v.doubleValue() < 1;
        double beta1 = s.has("beta1") ? s.number("beta1", unit, "a number in [0, 1)").doubleValue() : Adam.DEFAULT_BETA1;
        double beta2 = s.has("beta2") ? s.number("beta2", unit, "a number in [0, 1)").doubleValue() : Adam.DEFAULT_BETA2;
        double eps = s.optionalNumber("epsilon").map(Value::doubleValue).orElse(0.0);
        if (!(eps >= 0) || Double.isInfinite(eps)) throw s.error("epsilon", "expected a number >= 0, got " + eps);
        return new Configured(new Adam(step, beta1, beta2, eps), init(s, b));
    }

    static Configured gradientFlow(Section s, PointContext b) {
        Norm norm = s.has("norm") ? norm(s, "norm", b) : null;
        MirrorMap psi = s.has("potential") ? potential(s, "potential", b) : null;
        if (norm != null && psi != null) throw s.error("potential", "give either norm or potential, not both");
        double tolerance = tolerance(s, "tolerance");
        boolean logTime = s.optionalChoice("time-scale", List.of("linear", "log")).orElse("linear").equals("log");
        if (logTime && psi != null) throw s.error("time-scale", "time-scale: log is implemented for plain and norm flows, not with a potential");
        if (logTime && !(b.problem() instanceof Classification)) {
            throw s.error("time-scale", "time-scale: log needs an exponentially tailed loss computed in the log domain (problem.kind classification)");
        }
        double timeStep = s.optionalNumber("time-step").map(Value::doubleValue).orElse(logTime ? LOG_TIME_STEP : 1.0);
        if (!(timeStep > 0)) throw s.error("time-step", "expected a positive number, got " + timeStep);
        double until = until(s, logTime);
        Value[] w0 = init(s, b);
        if (psi != null && psi.domainViolation(doubles(w0)) != null) throw s.error("init", psi.domainViolation(doubles(w0)));
        return new Configured(new GradientFlow(norm, psi, tolerance, timeStep, logTime, until), w0);
    }

    /**
     * The flow time to stop at, read exactly ("1e60" is 10^60) and then rounded once to double:
     * required in log time, where it must lie in (1, 1e300] (the sample times e^s are doubles);
     * optional and positive in linear time (default: none, the run's budget decides).
     */
    private static double until(Section s, boolean logTime) {
        if (!logTime && !s.has("until")) return Double.POSITIVE_INFINITY;
        if (logTime && !s.has("until")) throw s.error("until", "time-scale: log needs until, the final flow time (e.g. \"1e60\")");
        BigDecimal max = new BigDecimal("1e300");
        Value v = logTime
                ? s.number("until", x -> x.decimal().compareTo(BigDecimal.ONE) > 0 && x.decimal().compareTo(max) <= 0,
                        "a number in (1, 1e300] (the flow starts at t = 1; sample times are doubles)")
                : s.number("until", x -> x.decimal().signum() > 0, "a positive number");
        return v.doubleValue();
    }

    /** {@code step: flow} asks for the step -> 0 limit of the method: its gradient flow. */
    private static boolean isFlow(Section s) {
        if (!s.has("step") || s.isSection("step")) return false;
        Section.NumberOrFormula n = s.numberOrFormula("step");
        return !n.isNumber() && n.formula().equals(FLOW);
    }

    /** Read for every point, so a sweep mixing step sizes and {@code flow} accepts the key everywhere. */
    private static double flowTolerance(Section s) {
        return s.has("flow-tolerance") ? tolerance(s, "flow-tolerance") : DEFAULT_FLOW_TOLERANCE;
    }

    private static double tolerance(Section s, String key) {
        return s.number(key, v -> v.doubleValue() >= 1e-14 && v.doubleValue() < 1e-3,
                "a number in [1e-14, 1e-3) (the flow is integrated in double)").doubleValue();
    }

    private static double beta(Section s) {
        return s.number("beta", v -> v.doubleValue() >= 0 && v.doubleValue() < 1, "a number in [0, 1)").doubleValue();
    }

    /**
     * A number or a formula in t, for methods whose update does not scale with 1/L(w_t) (momentum,
     * Nesterov, mirror descent, AdaGrad): a loss-scaled rule is refused at its key.
     */
    private static StepSize plainStep(Section s, PointContext b) {
        if (s.isSection("step")) {
            throw s.error("step", "loss-scaled steps {over-loss: ...} are for gradient-descent, steepest-descent, sign-descent and "
                    + "coordinate-descent; " + s.string("kind") + " takes a number or a formula in t");
        }
        return step(s, b);
    }

    /** A positive number, a formula in t (the iteration, from 0) compiled once, or {over-loss: C, cap: E}. */
    static StepSize step(Section s, PointContext b) {
        return step(s, b, Norms.l2());
    }

    /**
     * As {@link #step(Section, PointContext)}; {@code norm} is the algorithm's norm, whose dual norm of the
     * data gives B = max_n ||x_n||_* for {@code over-loss} formulas such as "1/B^2".
     */
    static StepSize step(Section s, PointContext b, Norm norm) {
        if (s.isSection("step")) return lossScaled(s, b, norm);
        Section.NumberOrFormula n = s.numberOrFormula("step");
        if (n.isNumber()) {
            double eta = n.number().doubleValue();
            if (!(eta > 0)) throw s.error("step", "expected a positive number or a formula in t, got " + n.number().text());
            return StepSize.constant(eta, n.number().text(), n.number().isRational() ? n.number().rational() : null);
        }
        Formula f = b.formula(s, "step", n.formula(), List.of("t"));
        CompiledFormula c = f.compile();
        for (int t : new int[] {0, 1, 10, 1000}) {
            double eta = c.value((double) t);
            if (!(eta > 0) || !Double.isFinite(eta)) {
                throw s.error("step", "the schedule " + n.formula() + " gives " + eta + " at t = " + t + "; expected positive steps");
            }
        }
        // proved bounds of the schedule after a run's last step, by interval arithmetic (and f' where it helps)
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

    private static StepSize lossScaled(Section s, PointContext b, Norm norm) {
        if (!(b.problem() instanceof Classification data)) {
            throw s.error("step", "over-loss steps need an exponentially tailed loss (problem.kind classification)");
        }
        Section rule = s.section("step");
        double bigB = dualNormBound(data, norm);
        Section.NumberOrFormula c = rule.numberOrFormula("over-loss");
        double cValue;
        if (c.isNumber()) {
            cValue = c.number().doubleValue();
        } else {
            cValue = b.formula(rule, "over-loss", c.formula(), List.of("B")).compile().value(bigB);
        }
        if (!(cValue > 0) || !Double.isFinite(cValue)) throw rule.error("over-loss", "expected a positive constant, got " + cValue);
        double cap = rule.optionalNumber("cap").map(Value::doubleValue).orElse(Double.POSITIVE_INFINITY);
        if (!(cap > 0)) throw rule.error("cap", "expected a positive number, got " + cap);
        rule.finish();
        String text = "min(" + (Double.isInfinite(cap) ? "inf" : String.valueOf(cap)) + ", "
                + (c.isNumber() ? c.number().text() : c.formula() + " = " + cValue + " with B = " + bigB) + " / L(w_t))";
        return new LossScaledStep(cValue, cap, text);
    }

    /** B = max_n ||x_n||_*, the dual norm of the data in the algorithm's norm. */
    static double dualNormBound(Classification data, Norm norm) {
        Tier tier = Tier.forDigits(16);
        double max = 0;
        for (Value[] row : data.x()) max = Math.max(max, norm.dual(tier.of(row)).doubleValue());
        return max;
    }

    static Configured normalizedGradientDescent(Section s, PointContext b) {
        if (!(b.problem() instanceof Classification)) {
            throw s.error("kind", "normalized-gradient-descent (eta_t = eta / L(w_t)) needs problem.kind classification");
        }
        Value eta = s.number("step", v -> v.doubleValue() > 0, "a positive number (eta in eta / L(w_t))");
        return new Configured(new GradientDescent(new LossScaledStep(eta.doubleValue(), Double.POSITIVE_INFINITY,
                eta.text() + " / L(w_t)")), init(s, b));
    }

    static Configured signDescent(Section s, PointContext b) {
        return new Configured(new SteepestDescent(step(s, b, Norms.linf()), Norms.linf()), init(s, b));
    }

    static Configured coordinateDescent(Section s, PointContext b) {
        return new Configured(new SteepestDescent(step(s, b, Norms.l1()), Norms.l1()), init(s, b));
    }

    /**
     * {@code custom}: a user's {@link dev.occam.algorithm.Optimizer} named by {@code class} (a fully
     * qualified name, loaded with the context class loader, public no-argument constructor), with
     * optional {@code parameters} (a mapping of numbers passed to its configure) and {@code init}.
     * Runs in the double tier only.
     */
    static Configured custom(Section s, PointContext b) {
        String name = s.string("class");
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (s.has("parameters")) {
            if (!s.isSection("parameters")) throw s.error("parameters", "expected a mapping of names to numbers, e.g. {step: 0.01}");
            Section p = s.section("parameters");
            for (String key : p.keys()) parameters.put(key, p.number(key).doubleValue());
            p.finish();
        }
        Value[] w0 = init(s, b);
        int precision = b.spec().run().precision();
        if (precision > 16) {
            throw s.error("kind", "custom plug-ins run in the double tier only; set run.precision to 16 or less (got " + precision + ")");
        }
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(name, false, loader != null ? loader : AlgorithmKinds.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw s.error("class", "cannot load class '" + name + "' (" + e + "); is it on the class path?");
        }
        if (!Optimizer.class.isAssignableFrom(type)) {
            throw s.error("class", name + " does not implement dev.occam.algorithm.Optimizer");
        }
        java.lang.reflect.Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw s.error("class", name + " needs a public no-argument constructor");
        }
        Supplier<Optimizer> factory = () -> {
            try {
                return (Optimizer) constructor.newInstance();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new PluginException("custom plug-in " + name + " threw in its constructor: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new PluginException("custom plug-in " + name + " could not be instantiated: " + e, e);
            }
        };
        return new Configured(new CustomAlgorithm(name, factory, parameters), w0);
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

    /** "l1", "l2", "linf", "lp:P" (P exact, > 1), or {quadratic: D} (symmetric positive definite, d x d). */
    static Norm norm(Section s, String key, PointContext b) {
        int d = b.problem().dimension();
        Tier tier = Tier.forDigits(b.spec().run().precision());
        if (s.isSection(key)) return Norms.quadratic(quadraticMetric(s, key, d), tier);
        String name = s.string(key);
        switch (name) {
            case "l1": return Norms.l1();
            case "l2": return Norms.l2();
            case "linf": return Norms.linf();
            default:
                if (name.startsWith("lp:")) return Norms.lp(exponent(s, key, name.substring(3), b));
                throw s.error(key, "expected l1, l2, linf, lp:P (e.g. lp:4/3) or {quadratic: D}, got '" + name + "'");
        }
    }

    /** An exact exponent p > 1 (p = infinity is linf). */
    static Value exponent(Section s, String key, String text, PointContext b) {
        Value p;
        try {
            p = Symbolic.get().number(text, b.spec().run().formulaTimeLimit());
        } catch (FormulaException e) {
            throw s.error(key, "expected lp:P with a number P, got lp:" + text + " (" + e.getMessage() + ")");
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
            if (!norm.startsWith("lp:")) throw q.error("half-squared-norm", "expected lp:P (e.g. lp:3), got '" + norm + "'");
            return new NormSquaredPotential(exponent(q, "half-squared-norm", norm.substring(3), b));
        }
        return b.potential(s, key, s.string(key));
    }

    /** {quadratic: D} with D symmetric positive definite, d x d. */
    static Value[][] quadraticMetric(Section s, String key, int d) {
        Section q = s.section(key);
        Value[][] m = q.matrix("quadratic");
        q.finish();
        if (m.length != d || m[0].length != d) throw q.error("quadratic", "expected a " + d + "x" + d + " matrix, got " + m.length + "x" + m[0].length);
        checkPositiveDefinite(q, m);
        return m;
    }

    private static void checkPositiveDefinite(Section q, Value[][] m) {
        double[][] a = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                a[i][j] = m[i][j].doubleValue();
                if (!m[i][j].decimal().equals(m[j][i].decimal())) throw q.error("quadratic", "D must be symmetric: D[" + i + "][" + j + "] != D[" + j + "][" + i + "]");
            }
        }
        double[] ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a)).getEigenvalues();
        if (!(ev[ev.length - 1] > 0)) throw q.error("quadratic", "D must be positive definite; its smallest eigenvalue is " + ev[ev.length - 1]);
    }

    static double[] doubles(Value[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }
}
