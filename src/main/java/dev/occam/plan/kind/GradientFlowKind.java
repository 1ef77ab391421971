package dev.occam.plan.kind;

import dev.occam.algorithm.GradientFlow;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Value;
import dev.occam.problem.MirrorMap;
import dev.occam.spec.Section;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code gradient-flow}: the step -> 0 limit, plain, in a norm or with a mirror potential, in
 * linear or log time.
 */
final class GradientFlowKind implements Kind<ConfiguredAlgorithm> {
    /** Default step in s = log t of a log-time flow: ten samples per unit of log t. */
    private static final double LOG_TIME_STEP = 0.1;

    @Override
    public String name() {
        return "gradient-flow";
    }

    @Override
    public String summary() {
        return "dw/dt = -grad L(w); with norm, the steepest direction of the norm; with potential, d theta/dt = -grad L(w(theta)), "
                + "theta = grad psi(w). Integrated in double with error control.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.FLOW_TOLERANCE,
                        "absolute and relative tolerance of the integrator"),
                Key.optional(
                        "time-scale",
                        ValueType.choice(List.of("linear", "log")),
                        "linear",
                        "log integrates in s = log t (classification only, not with potential)"),
                Key.optional(
                        "until",
                        ValueType.POSITIVE_NUMBER,
                        "none (the budget decides)",
                        "the flow time to stop at, read exactly (\"1e60\"); required with log, in (1, 1e300]"),
                Key.optional(
                        "time-step",
                        ValueType.POSITIVE_NUMBER,
                        "1 (linear), 0.1 (log)",
                        "flow time per iteration (linear) or s = log t per iteration (log); max-iterations counts these"),
                Key.optional(
                        "norm",
                        ValueType.NORM,
                        "none",
                        "follow the steepest direction of this norm"),
                Key.optional(
                        "potential",
                        ValueType.POTENTIAL,
                        "none",
                        "follow the mirror-descent flow of this potential; init must lie in its domain"),
                CommonKeys.INIT);
    }

    @Override
    public String constraints() {
        return "{\"not\": {\"required\": [\"norm\", \"potential\"]}, "
                + "\"if\": {\"properties\": {\"time-scale\": {\"const\": \"log\"}}, \"required\": [\"time-scale\"]}, "
                + "\"then\": {\"required\": [\"until\"], \"not\": {\"required\": [\"potential\"]}}}";
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        Norm norm = s.has("norm") ? CommonKeys.norm(s, "norm", b) : null;
        MirrorMap psi = s.has("potential") ? CommonKeys.potential(s, "potential", b) : null;
        if (norm != null && psi != null)
            throw s.error("potential", "give either norm or potential, not both");
        double tolerance = CommonKeys.tolerance(s, "tolerance");
        boolean logTime =
                s.optionalChoice("time-scale", List.of("linear", "log"))
                        .orElse("linear")
                        .equals("log");
        if (logTime && psi != null)
            throw s.error(
                    "time-scale",
                    "time-scale: log is implemented for plain and norm flows, not with a potential");
        if (logTime && b.problem().marginLoss() == null) {
            throw s.error(
                    "time-scale",
                    "time-scale: log needs an exponentially tailed loss computed in the log domain (problem.kind classification)");
        }
        double timeStep =
                s.optionalNumber("time-step")
                        .map(Value::doubleValue)
                        .orElse(logTime ? LOG_TIME_STEP : 1.0);
        if (!(timeStep > 0))
            throw s.error("time-step", "expected a positive number, got " + timeStep);
        double until = until(s, logTime);
        Value[] w0 = CommonKeys.init(s, b);
        if (psi != null && psi.domainViolation(CommonKeys.doubles(w0)) != null)
            throw s.error("init", psi.domainViolation(CommonKeys.doubles(w0)));
        return new ConfiguredAlgorithm(
                new GradientFlow(norm, psi, tolerance, timeStep, logTime, until), w0);
    }

    /**
     * The flow time to stop at, read exactly ("1e60" is 10^60) and then rounded once to double:
     * required in log time, where it must lie in (1, 1e300] (the sample times e^s are doubles);
     * optional and positive in linear time (default: none, the run's budget decides).
     */
    private static double until(Section s, boolean logTime) {
        if (!logTime && !s.has("until")) return Double.POSITIVE_INFINITY;
        if (logTime && !s.has("until"))
            throw s.error(
                    "until", "time-scale: log needs until, the final flow time (e.g. \"1e60\")");
        BigDecimal max = new BigDecimal("1e300");
        Value v =
                logTime
                        ? s.number(
                                "until",
                                x ->
                                        x.decimal().compareTo(BigDecimal.ONE) > 0
                                                && x.decimal().compareTo(max) <= 0,
                                "a number in (1, 1e300] (the flow starts at t = 1; sample times are doubles)")
                        : s.number("until", x -> x.decimal().signum() > 0, "a positive number");
        return v.doubleValue();
    }
}
