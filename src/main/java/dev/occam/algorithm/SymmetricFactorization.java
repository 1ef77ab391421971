package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.util.Map;

/**
 * Gradient descent on U (d x k) for the positive semidefinite end-to-end matrix W = U U^T
 * (Gunasekar et al. 2017's setting), from U_0 = alpha [I_k; 0]: dL/dU = (G + G^T) U with G = grad
 * l(W), the chain rule in closed form; the iterate claims and predictions see is W, row by row.
 *
 * @param step the step size
 * @param size d
 * @param rank k, the columns of U (k = d: no rank constraint)
 * @param alpha the scale of the start, exact: W_0 = alpha^2 [I_k 0; 0 0]
 */
public record SymmetricFactorization(StepSize step, int size, int rank, Value alpha)
        implements Algorithm {

    @Override
    public String kind() {
        return "symmetric-factorization";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        Vec[] u = new Vec[size];
        for (int i = 0; i < size; i++) {
            u[i] = tier.zeros(rank);
            if (i < rank) u[i].set(i, tier.scalar(alpha));
        }
        Vec w = Matrices.vec(Matrices.multiply(u, Matrices.transpose(u)), size, tier);
        Vec g = tier.zeros(size * size);
        return new Stepper() {
            @Override
            public void step(long t) {
                objective.gradient(w, g);
                Vec[] gradient = gradient(u, Matrices.rows(g, size));
                Scalar minusEta = tier.scalar(-step.at(t));
                for (int i = 0; i < size; i++) u[i].axpy(minusEta, gradient[i]);
                // in place: the runner holds on to the iterate
                w.set(Matrices.vec(Matrices.multiply(u, Matrices.transpose(u)), size, tier));
            }

            @Override
            public Vec iterate() {
                return w;
            }

            /** U as "U" (vec, row by row, d x k). */
            @Override
            public Map<String, Vec> state() {
                Vec out = tier.zeros(size * rank);
                for (int i = 0; i < size; i++)
                    for (int j = 0; j < rank; j++) out.set(i * rank + j, u[i].element(j));
                return Map.of("U", out);
            }
        };
    }

    /** dL/dU = (G + G^T) U for L(U) = l(U U^T) and G = grad l at U U^T. */
    static Vec[] gradient(Vec[] u, Vec[] g) {
        Vec[] gt = Matrices.transpose(g);
        Vec[] sum = new Vec[g.length];
        for (int i = 0; i < g.length; i++) {
            sum[i] = g[i].copy();
            sum[i].axpy(1, gt[i]);
        }
        return Matrices.multiply(sum, u);
    }
}
