package dev.occam.algorithm;

import dev.occam.numeric.LogDomainNorm;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Objective;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The step -> 0 limit: dw/dt = steepest direction of grad L (plain gradient flow when no norm is
 * given), or for a potential d theta/dt = -grad L(w(theta)). Integrated in double with Hipparchus'
 * Dormand–Prince 8(5,3) under error control; one "iteration" is {@code timeStep} units of time, so
 * the run's contraction per iteration is a contraction per unit of flow time.
 *
 * <p><b>Log time</b> ({@code logTime}): for exponentially tailed losses w(t) grows like w_hat log
 * t, so the flow is integrated in s = log t. With the clock starting at t = 1 (s = 0) from w0,
 * dw/ds = t dw/dt = -e^(s + log L(w)) (grad L / L)(w), both factors from the {@link
 * LogDomainObjective}: e^(s + log L) stays of order ||w_hat||^2 and grad L / L is a convex
 * combination of the data, so the field is bounded and not stiff in s although t reaches 1e60 or
 * more. One iteration is {@code timeStep} units of s, and the iterate after k iterations is the
 * flow at time t = e^(k timeStep) (flow time e^s - 1 since w0), which {@link Stepper#time} reports
 * for the claims; every iteration is recorded since iterations are already log-spaced in t. The
 * steepest direction of a norm is homogeneous of degree 1 in the gradient, so a {@code norm} flow
 * is integrated the same way.
 *
 * <p>A stiff flow (least squares with X scaled by 1e7 has rates near 1e14) drives the step below
 * its minimum, 1e-12 of an iteration's time, or needs more than {@link #MAX_EVALUATIONS} field
 * evaluations for one iteration: either ends the run with an {@link IntegrationFailure} instead of
 * an integrator's internal exception or a run that never returns.
 *
 * <p>Local error control does not bound the global error: {@link #refined()} gives the same flow at
 * a 100x tighter tolerance, and the checker counts the difference of the two limits into the error
 * bar.
 *
 * @param until the flow stops at this time (log time: t = until, reached exactly by a shortened
 *     last step; linear time: after the first iteration at or past until); infinite: only the run's
 *     budget stops it
 */
public record GradientFlow(
        Norm norm,
        MirrorMap potential,
        double tolerance,
        double timeStep,
        boolean logTime,
        double until)
        implements Algorithm {
    /**
     * Field evaluations allowed for one iteration (timeStep units of time): about 80,000 steps of
     * the 13-stage method. A non-stiff flow at tolerance 1e-14 takes a few hundred; a flow that
     * needs more is stiff for an explicit integrator, and each evaluation costs a gradient, so this
     * also bounds the wall-clock time of one iteration to seconds.
     */
    public static final int MAX_EVALUATIONS = 1_000_000;

    /** A flow in linear time without an end time. */
    public GradientFlow(Norm norm, MirrorMap potential, double tolerance, double timeStep) {
        this(norm, potential, tolerance, timeStep, false, Double.POSITIVE_INFINITY);
    }

    public GradientFlow {
        if (logTime && potential != null)
            throw new IllegalArgumentException("log-time flows with a potential are not supported");
        if (logTime && !(until > 1 && until <= 1e300))
            throw new IllegalArgumentException("a log-time flow needs until in (1, 1e300]");
    }

    @Override
    public boolean discrete() {
        return false;
    }

    /**
     * The plain flow in linear time is linear on least squares; other geometries and log time are
     * not.
     */
    @Override
    public LinearUpdate linearUpdate() {
        return norm == null && potential == null && !logTime
                ? new LinearUpdate(LinearUpdate.Kind.GRADIENT_FLOW, null, 0)
                : null;
    }

    /** The plain flow or a steepest-descent flow in linear time. */
    @Override
    public <R> R descent(DescentForm<R> form) {
        return potential == null && !logTime ? form.flow(norm) : null;
    }

    @Override
    public boolean shnFamily() {
        return norm == null && potential == null;
    }

    @Override
    public String kind() {
        return "gradient-flow";
    }

    /**
     * The same flow integrated at a tolerance 100 times tighter, but not below 1e-14 (near double's
     * floor) unless the run's own tolerance is already there: a refinement at the run's tolerance
     * would compare the run with itself and estimate its global error as 0.
     */
    @Override
    public GradientFlow refined() {
        return new GradientFlow(
                norm,
                potential,
                FlowIntegrator.refinedTolerance(tolerance),
                timeStep,
                logTime,
                until);
    }

    /**
     * Plain gradient flow dw/dt = -grad L is gradient descent's step -> 0 limit with time measured
     * in units of eta: as a "step" for predictions that need one (the SHN+18 offset exp(-z_n.w~) =
     * alpha_n) it is 1. Flows of other geometries report none.
     */
    @Override
    public StepSize step() {
        return norm == null && potential == null ? StepSize.constant(1, "flow") : null;
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        int d = w0.size();
        if (logTime && !(objective instanceof LogDomainObjective)) {
            throw new IllegalArgumentException(
                    "a log-time flow needs a loss computed in the log domain (classification)");
        }
        LogDomainObjective logDomain = objective instanceof LogDomainObjective l ? l : null;
        // sign and coordinate flows act on the signs of components however small (see
        // SteepestDescent)
        LogDomainNorm logNorm =
                logDomain != null && potential == null && norm instanceof LogDomainNorm n
                        ? n
                        : null;
        Vec w = w0.copy();
        Vec g = tier.zeros(d);
        Vec direction = tier.zeros(d);
        Vec signs = logNorm == null ? null : tier.zeros(d);
        Vec logs = logNorm == null ? null : tier.zeros(d);
        double[] state = potential == null ? w0.toDoubleArray() : dual(w0);
        OrdinaryDifferentialEquation field =
                new OrdinaryDifferentialEquation() {
                    @Override
                    public int getDimension() {
                        return d;
                    }

                    @Override
                    public double[] computeDerivatives(double t, double[] y) {
                        Vec at = tier.of(y);
                        if (potential != null) {
                            Vec primal = tier.zeros(d);
                            potential.inverse(at, primal);
                            at = primal;
                        }
                        double factor = 1;
                        if (logNorm != null) {
                            Scalar logL = logDomain.normalizedGradient(at, signs, logs);
                            logNorm.steepest(signs, logs, direction);
                            // t is s in log time: t grad L = e^(s + log L) grad L / L; the
                            // direction is homogeneous
                            if (logTime) factor = Math.exp(t + logL.doubleValue());
                            else direction.scale(logL.exp());
                        } else {
                            if (logTime) {
                                factor =
                                        Math.exp(
                                                t
                                                        + logDomain
                                                                .normalizedGradient(at, g)
                                                                .doubleValue());
                            } else {
                                objective.gradient(at, g);
                            }
                            if (norm == null || potential != null) {
                                direction.set(g);
                                direction.scale(-1);
                            } else {
                                norm.steepest(g, direction);
                            }
                        }
                        double[] out = direction.toDoubleArray();
                        if (factor != 1) for (int i = 0; i < d; i++) out[i] *= factor;
                        return out;
                    }
                };
        FlowIntegrator integrator =
                new FlowIntegrator(field, tolerance, timeStep, describe(), this::flowTime);
        double end = logTime ? Math.log(until) : until;
        return new Stepper() {
            private double[] y = state;
            private boolean finished;

            @Override
            public void step(long t) {
                double from = t * timeStep;
                double to = (t + 1) * timeStep;
                if (logTime && to >= end) {
                    to = end;
                    finished = true;
                } else if (!logTime && to >= end) {
                    finished = true;
                }
                if (to > from) y = integrator.integrate(y, from, to);
                Vec at = tier.of(y);
                if (potential != null) {
                    potential.inverse(at, w);
                } else {
                    w.set(at);
                }
            }

            @Override
            public Vec iterate() {
                return w;
            }

            @Override
            public double relativeNoise() {
                return 100 * tolerance;
            }

            @Override
            public double time(long t) {
                return logTime ? Math.exp(Math.min(t * timeStep, end)) : t;
            }

            @Override
            public boolean recordsEvery() {
                return logTime;
            }

            @Override
            public boolean finished() {
                return finished;
            }
        };
    }

    /** What is integrated, for messages. */
    String describe() {
        String what =
                potential != null
                        ? "mirror flow d theta/dt = -grad L(w(theta)), psi(w) = "
                                + potential.describe()
                        : norm != null
                                ? "steepest-descent flow in " + norm.name()
                                : "gradient flow dw/dt = -grad L";
        return what
                + (logTime ? " in log time s = log t" : "")
                + ", tolerance "
                + FlowIntegrator.number(tolerance);
    }

    /** Flow time from the integration variable (s = log t in log time). */
    private double flowTime(double integrationTime) {
        return logTime ? Math.exp(integrationTime) : integrationTime;
    }

    private double[] dual(Vec w0) {
        Vec theta = w0.tier().zeros(w0.size());
        potential.gradient(w0, theta);
        return theta.toDoubleArray();
    }
}
