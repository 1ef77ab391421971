package dev.occam.algorithm;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Gradient flow on the factors of W = W_N ... W_1: dW_j/dt = -dL/dW_j, the step -> 0 limit of
 * {@link FactorizedGradientDescent}, integrated in double with Hipparchus' Dormand–Prince 8(5,3)
 * under error control (as {@link GradientFlow}); one iteration is one unit of flow time. Local
 * error control does not bound the global error: {@link #refined()} integrates the same flow 100
 * times tighter, and the checker counts the difference of the two limits into the error bar. The
 * integrator does not conserve the balancedness exactly (Runge–Kutta methods conserve linear
 * invariants only): it drifts with the tolerance, which the invariant claim shows.
 *
 * @param start the exact starting factors (their shapes are the factorization's)
 * @param tolerance the integrator's absolute and relative tolerance
 */
public record FactorizedGradientFlow(FactorStart start, double tolerance, double timeStep)
        implements Algorithm {

    /** Its state lives in the integrator's doubles: {@link FlowIntegrator#STATE_DIGITS}. */
    @Override
    public int maxDigits() {
        return FlowIntegrator.STATE_DIGITS;
    }

    @Override
    public String kind() {
        return "factorized-gradient-descent";
    }

    /** N, the number of factors. */
    public int depth() {
        return start.factors().length;
    }

    @Override
    public boolean discrete() {
        return false;
    }

    @Override
    public <R> R descent(DescentForm<R> form) {
        return form.factorized(null, start.rows(), start.cols());
    }

    @Override
    public FactorizedGradientFlow refined() {
        // below 1e-14 too, unlike GradientFlow: a refinement capped at the run's own tolerance
        // would estimate the global error as 0
        return new FactorizedGradientFlow(start, tolerance / 100, timeStep);
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        Factors f = Factors.of(objective, start, tier);
        // the field is evaluated on its own double copy, so the iterate moves only between steps
        Factors at = Factors.of(objective, start, Tier.forDigits(16));
        OrdinaryDifferentialEquation field =
                new OrdinaryDifferentialEquation() {
                    @Override
                    public int getDimension() {
                        return at.dimension();
                    }

                    @Override
                    public double[] computeDerivatives(double t, double[] y) {
                        at.unpack(y);
                        Vec[][] g = at.gradients();
                        double[] out = new double[y.length];
                        int k = 0;
                        for (Vec[] factor : g)
                            for (Vec row : factor)
                                for (int c = 0; c < row.size(); c++) out[k++] = -row.get(c);
                        return out;
                    }
                };
        FlowIntegrator integrator =
                new FlowIntegrator(
                        field,
                        tolerance,
                        timeStep,
                        "gradient flow on the factors, tolerance "
                                + FlowIntegrator.number(tolerance));
        return new Factors.Stepping(f) {
            private double[] y = f.pack();

            @Override
            public void step(long t) {
                y = integrator.integrate(y, t * timeStep, (t + 1) * timeStep);
                f.unpack(y);
            }

            @Override
            public double relativeNoise() {
                return 100 * tolerance;
            }
        };
    }
}
