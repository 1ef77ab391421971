package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/**
 * Mini-batch SGD on L = sum_{i < n} l_i: w_{t+1} = w_t - eta_t (n / b) sum_{j < b} grad
 * l_{i_{t,j}}(w_t), with the b indices of each step drawn independently and uniformly from 0..n-1
 * (with replacement), so the step is an unbiased estimate of the full gradient step and b = n is
 * not gradient descent (docs/stochastic.md says why sampling is with replacement).
 *
 * <p>The indices come from {@link SplitMix64} seeded with {@code seed}, one draw per index
 * (Long.remainderUnsigned(next, n)), and do not depend on the tier: the same seed gives the same
 * index sequence, hence the same iterates up to each tier's rounding, in every tier.
 */
public record StochasticGradientDescent(StepSize step, int batch, long seed) implements Algorithm {
    public static final int MAX_BATCH = 1_000_000;

    @Override
    public String kind() {
        return "sgd";
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    @Override
    public Algorithm reseeded(long other) {
        return new StochasticGradientDescent(step, batch, other);
    }

    /**
     * The index sequence of a run, step after step, batch indices in order (for tests and reports).
     */
    public static long[] indices(long seed, int n, int count) {
        SplitMix64 random = new SplitMix64(seed);
        long[] out = new long[count];
        for (int k = 0; k < count; k++) out[k] = Long.remainderUnsigned(random.nextLong(), n);
        return out;
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        int n = objective.terms();
        if (n == 0)
            throw new IllegalArgumentException(
                    "sgd needs a loss that is a sum over points (least-squares, or a model with loss: squared)");
        Vec w = w0.copy();
        Vec g = w0.tier().zeros(w0.size());
        // n / b in the tier, so that the multiplier is exact wherever the tier is
        Scalar weight = w0.tier().scalar(n).divide(w0.tier().scalar(batch));
        SplitMix64 random = new SplitMix64(seed);
        return new Stepper() {
            @Override
            public void step(long t) {
                g.setZero();
                for (int j = 0; j < batch; j++) {
                    int i = (int) Long.remainderUnsigned(random.nextLong(), n);
                    objective.addTermGradient(w, i, weight, g);
                }
                w.axpy(-step.at(t), g);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
