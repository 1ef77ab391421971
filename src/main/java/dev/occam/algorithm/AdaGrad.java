package dev.occam.algorithm;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.SqrtPlus;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.util.Map;

/**
 * Diagonal AdaGrad: G_t = sum_{k<=t} g_k^2, w_{t+1} = w_t - eta_t g_t / (sqrt(G_t) + epsilon).
 * epsilon defaults to 0; a 1e-300 guard keeps a coordinate whose gradient has always been 0 at
 * 0/guard = 0.
 */
public record AdaGrad(StepSize step, double epsilon) implements Algorithm {
    private static final double GUARD = 1e-300;

    /** The name of G_T in {@link Stepper#state()}. */
    public static final String SUM_SQUARES = "sum-squares";

    @Override
    public String kind() {
        return "adagrad";
    }

    @Override
    public <R> R descent(DescentForm<R> form) {
        return form.adagrad(step, guardedEpsilon());
    }

    /**
     * epsilon as the update uses it: with the guard that keeps a never-moved coordinate at 0/guard
     * = 0.
     */
    public double guardedEpsilon() {
        return epsilon + GUARD;
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        int d = w0.size();
        Vec w = w0.copy();
        Vec g = w0.tier().zeros(d);
        Vec sumSquares = w0.tier().zeros(d);
        Vec denominator = w0.tier().zeros(d);
        Vec update = w0.tier().zeros(d);
        ElementFunction sqrtPlusEpsilon = new SqrtPlus(epsilon + GUARD);
        return new Stepper() {
            @Override
            public void step(long t) {
                objective.gradient(w, g);
                update.set(g);
                update.multiplyElements(g);
                sumSquares.axpy(1, update);
                denominator.map(sqrtPlusEpsilon, sumSquares);
                update.set(g);
                update.divideElements(denominator);
                w.axpy(-step.at(t), update);
            }

            @Override
            public Vec iterate() {
                return w;
            }

            /**
             * G_T = sum of squared gradients so far: the future steps' preconditioner is at most
             * eta / sqrt(G_T).
             */
            @Override
            public Map<String, Vec> state() {
                return Map.of(SUM_SQUARES, sumSquares);
            }
        };
    }
}
