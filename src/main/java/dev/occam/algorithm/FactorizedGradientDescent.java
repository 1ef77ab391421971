package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.util.Map;
import java.util.TreeMap;

/**
 * Gradient descent on the factors of a deep matrix factorization W = W_N ... W_1 (square, d x d),
 * from the balanced start W_j = alpha I: each factor moves by its own gradient, dL/dW_j = (W_N ...
 * W_{j+1})^T grad l(W) (W_{j-1} ... W_1)^T, all factors at once; the iterate that claims and
 * predictions see is the end-to-end matrix, w = vec(W) row by row. Factor gradients are the chain
 * rule in closed form, never differences.
 *
 * @param step the step size
 * @param depth N >= 1 (N = 1 is plain gradient descent on W)
 * @param size d, the side of the square matrix
 * @param alpha the scale of the start, exact: every factor alpha I, so W_0 = alpha^N I
 */
public record FactorizedGradientDescent(StepSize step, int depth, int size, Value alpha)
        implements Algorithm {

    @Override
    public String kind() {
        return "factorized-gradient-descent";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        Vec[][] factors = new Vec[depth][];
        for (int j = 0; j < depth; j++)
            factors[j] = Matrices.identity(tier, size, tier.scalar(alpha));
        return new Stepper() {
            /** below[j] = W_j ... W_1: the gradients need them, and below[N] is the iterate. */
            private Vec[][] below = Matrices.prefixes(factors);

            private final Vec w = Matrices.vec(below[depth], size, tier);
            private final Vec g = tier.zeros(size * size);

            @Override
            public void step(long t) {
                objective.gradient(w, g);
                Vec[][] gradients = factorGradients(factors, below, Matrices.rows(g, size));
                Scalar minusEta = tier.scalar(-step.at(t));
                for (int j = 0; j < depth; j++) {
                    for (int i = 0; i < size; i++) factors[j][i].axpy(minusEta, gradients[j][i]);
                }
                below = Matrices.prefixes(factors);
                // in place: the runner holds on to the iterate
                w.set(Matrices.vec(below[depth], size, tier));
            }

            @Override
            public Vec iterate() {
                return w;
            }

            /** Each factor as "W1", "W2", ... (vec, row by row), for factor-level quantities. */
            @Override
            public Map<String, Vec> state() {
                Map<String, Vec> out = new TreeMap<>();
                for (int j = 0; j < depth; j++)
                    out.put("W" + (j + 1), Matrices.vec(factors[j], size, tier));
                return out;
            }
        };
    }

    /**
     * dL/dW_j = S_{j+1}^T G P_{j-1}^T with P_{j-1} = W_{j-1} ... W_1 = {@code below[j - 1]} (from
     * {@link Matrices#prefixes}) and S_{j+1} = W_N ... W_{j+1} (identities at the ends), for G =
     * grad l(W).
     */
    static Vec[][] factorGradients(Vec[][] factors, Vec[][] below, Vec[] gradient) {
        int n = factors.length;
        Vec[][] above = new Vec[n + 2][]; // above[j] = W_N ... W_j, above[n + 1] = I
        Tier tier = gradient[0].tier();
        int d = gradient.length;
        above[n + 1] = Matrices.identity(tier, d, tier.scalar(1));
        for (int j = n; j >= 1; j--) above[j] = Matrices.multiply(above[j + 1], factors[j - 1]);
        Vec[][] out = new Vec[n][];
        for (int j = 1; j <= n; j++) {
            Vec[] left = Matrices.multiply(Matrices.transpose(above[j + 1]), gradient);
            out[j - 1] = Matrices.multiply(left, Matrices.transpose(below[j - 1]));
        }
        return out;
    }
}
