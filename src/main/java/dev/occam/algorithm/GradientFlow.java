package dev.occam.algorithm;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Objective;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The step -> 0 limit: dw/dt = steepest direction of grad L (plain gradient flow when no norm is
 * given), or for a potential d theta/dt = -grad L(w(theta)). Integrated in double with Hipparchus'
 * Dormand–Prince 8(5,3) under error control; one "iteration" is {@code timeStep} units of time, so
 * the run's contraction per iteration is a contraction per unit of flow time.
 *
 * <p>Local error control does not bound the global error: {@link #refined()} gives the same flow
 * at a 100x tighter tolerance, and the checker counts the difference of the two limits into the
 * error bar.
 */
public record GradientFlow(Norm norm, MirrorMap potential, double tolerance, double timeStep) implements Algorithm {

    @Override
    public String kind() {
        return "gradient-flow";
    }

    /** The same flow integrated at a tolerance 100 times tighter (but not below 1e-14, near double's floor). */
    public GradientFlow refined() {
        return new GradientFlow(norm, potential, Math.max(tolerance / 100, 1e-14), timeStep);
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        int d = w0.size();
        Vec w = w0.copy();
        Vec g = tier.zeros(d);
        Vec direction = tier.zeros(d);
        double[] state = potential == null ? w0.toDoubleArray() : dual(w0);
        OrdinaryDifferentialEquation field = new OrdinaryDifferentialEquation() {
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
                objective.gradient(at, g);
                if (norm == null || potential != null) {
                    direction.set(g);
                    direction.scale(-1);
                } else {
                    norm.steepest(g, direction);
                }
                return direction.toDoubleArray();
            }
        };
        DormandPrince853Integrator integrator =
                new DormandPrince853Integrator(1e-12 * timeStep, timeStep, tolerance, tolerance);
        return new Stepper() {
            private double[] y = state;

            @Override
            public void step(long t) {
                ODEState end = integrator.integrate(field, new ODEState(t * timeStep, y), (t + 1) * timeStep);
                y = end.getPrimaryState();
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
        };
    }

    private double[] dual(Vec w0) {
        Vec theta = w0.tier().zeros(w0.size());
        potential.gradient(w0, theta);
        return theta.toDoubleArray();
    }
}
