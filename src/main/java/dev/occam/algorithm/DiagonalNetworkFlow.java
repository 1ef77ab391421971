package dev.occam.algorithm;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

import java.util.Arrays;
import java.util.Map;

/**
 * Gradient flow on a diagonal linear network, du/dt = -D u^(D-1) o g, dv/dt = D v^(D-1) o g with g
 * = grad l(u^D - v^D), from u = v = alpha 1: the step -> 0 limit of {@link DiagonalNetwork},
 * integrated in double by {@link FlowIntegrator}; one iteration is {@code timeStep} units of flow
 * time. At depth 2 the flow conserves u_i v_i = alpha^2 and is the mirror flow of Woodworth et
 * al.'s Q_alpha, whose limit the hyperbolic-entropy prediction computes; gradient descent misses it
 * by O(eta). Local error control does not bound the global error: {@link #refined()} integrates 100
 * times tighter, and the checker counts the difference of the two limits into the error bar.
 *
 * @param depth D >= 2
 * @param alpha the scale of the start, exact
 * @param tolerance the integrator's absolute and relative tolerance
 * @param timeStep the flow time of one iteration
 */
public record DiagonalNetworkFlow(int depth, Value alpha, double tolerance, double timeStep)
        implements Algorithm {

    /** Its state lives in the integrator's doubles: {@link FlowIntegrator#STATE_DIGITS}. */
    @Override
    public int maxDigits() {
        return FlowIntegrator.STATE_DIGITS;
    }

    public DiagonalNetworkFlow {
        if (depth < 2) throw new IllegalArgumentException("depth must be at least 2");
    }

    @Override
    public String kind() {
        return "diagonal-network";
    }

    @Override
    public boolean discrete() {
        return false;
    }

    @Override
    public DiagonalNetworkFlow refined() {
        return new DiagonalNetworkFlow(
                depth, alpha, FlowIntegrator.refinedTolerance(tolerance), timeStep);
    }

    /** Starts from u = v = alpha 1 whatever w0 holds (its tier and size only): beta_0 = 0. */
    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        int d = w0.size();
        Value[] start = new Value[d];
        Arrays.fill(start, alpha);
        Vec u = tier.of(start), v = tier.of(start);
        // the field's own scratch, so the iterate moves only between steps
        Vec fu = tier.zeros(d), fv = tier.zeros(d), beta = tier.zeros(d), g = tier.zeros(d);
        Vec du = tier.zeros(d), dv = tier.zeros(d);
        OrdinaryDifferentialEquation field =
                new OrdinaryDifferentialEquation() {
                    @Override
                    public int getDimension() {
                        return 2 * d;
                    }

                    @Override
                    public double[] computeDerivatives(double t, double[] y) {
                        for (int i = 0; i < d; i++) {
                            fu.set(i, tier.scalar(y[i]));
                            fv.set(i, tier.scalar(y[d + i]));
                        }
                        DiagonalNetwork.endToEnd(fu, fv, depth, beta, du);
                        objective.gradient(beta, g);
                        DiagonalNetwork.factorGradients(fu, fv, g, depth, du, dv);
                        double[] out = new double[2 * d];
                        for (int i = 0; i < d; i++) {
                            out[i] = -du.get(i);
                            out[d + i] = -dv.get(i);
                        }
                        return out;
                    }
                };
        FlowIntegrator integrator =
                new FlowIntegrator(
                        field,
                        tolerance,
                        timeStep,
                        "gradient flow on the diagonal network's factors, tolerance "
                                + FlowIntegrator.number(tolerance));
        return new Stepper() {
            private final Vec w = tier.zeros(d);
            private final Vec scratch = tier.zeros(d);
            private double[] y = new double[2 * d];

            {
                for (int i = 0; i < d; i++) {
                    y[i] = u.get(i);
                    y[d + i] = v.get(i);
                }
                DiagonalNetwork.endToEnd(u, v, depth, w, scratch);
            }

            @Override
            public void step(long t) {
                y = integrator.integrate(y, t * timeStep, (t + 1) * timeStep);
                for (int i = 0; i < d; i++) {
                    u.set(i, tier.scalar(y[i]));
                    v.set(i, tier.scalar(y[d + i]));
                }
                // in place: the runner holds on to the iterate
                DiagonalNetwork.endToEnd(u, v, depth, w, scratch);
            }

            @Override
            public Vec iterate() {
                return w;
            }

            /**
             * The integrator's relative error lands on u and v, and beta = u^D - v^D cancels:
             * factors of size alpha put noise of order D alpha^D tolerance on beta (at depth 2,
             * u_i^2 + v_i^2 = sqrt(beta_i^2 + 4 alpha^4) along the flow keeps them there), so the
             * floor grows with alpha^D beyond a beta of order 1.
             */
            @Override
            public double relativeNoise() {
                return 100 * tolerance * (1 + depth * Math.pow(alpha.doubleValue(), depth));
            }

            /** The factors "u" and "v", live, for factor-level quantities. */
            @Override
            public Map<String, Vec> state() {
                return Map.of("u", u, "v", v);
            }
        };
    }
}
