package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/**
 * Gradient descent on the factors of a deep matrix factorization W = W_N ... W_1 (m x n, factors of
 * the shapes in {@link FactorShape}): each factor moves by its own gradient, dL/dW_j = (W_N ...
 * W_{j+1})^T grad l(W) (W_{j-1} ... W_1)^T, all factors at once; the iterate that claims and
 * predictions see is the end-to-end matrix, w = vec(W) row by row. Factor gradients are the chain
 * rule in closed form, never differences.
 *
 * <p>With {@code midpoint}, each step is the implicit midpoint rule x+ = x - eta grad L((x + x+)/2)
 * on the factors instead, a discretization of gradient flow that conserves every quadratic
 * invariant of the flow exactly (it is the one-stage Gauss collocation method): in particular the
 * balancedness W_{j+1}^T W_{j+1} - W_j W_j^T, whose derivative vanishes identically along the
 * factor flow. Gradient descent moves it by O(eta^2) per step. The implicit equation is solved by
 * fixed-point iteration to the tier's rounding.
 *
 * @param step the step size
 * @param start the exact starting factors (their shapes are the factorization's)
 * @param midpoint implicit midpoint steps instead of explicit ones
 */
public record FactorizedGradientDescent(StepSize step, FactorStart start, boolean midpoint)
        implements Algorithm {

    /**
     * Fixed-point sweeps allowed per implicit step before the step counts as too large, at least
     * {@link #SWEEPS_PER_DIGIT} per digit the tier carries: the sweeps contract the change by a
     * fixed factor each and stop at 4 eps, so the count needed grows linearly with the digits (a
     * depth-4 step of deep-mf-identities-34-digits contracts by about 0.56 per sweep: 200 sweeps
     * reach 3e-51, enough for 34 digits, not for the 62 of quad-double).
     */
    private static final int MAX_SWEEPS = 200;

    private static final int SWEEPS_PER_DIGIT = 6;

    @Override
    public String kind() {
        return "factorized-gradient-descent";
    }

    /** N, the number of factors. */
    public int depth() {
        return start.factors().length;
    }

    /** Explicit steps only: the implicit midpoint rule is no gradient step of the factors. */
    @Override
    public <R> R descent(DescentForm<R> form) {
        return midpoint ? null : form.factorized(step, start.rows(), start.cols());
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        return new Factors.Stepping(Factors.of(objective, start, w0.tier())) {
            @Override
            public void step(long t) {
                Scalar minusEta = f.tier().scalar(-step.at(t));
                if (midpoint) midpointStep(f, minusEta, t);
                else {
                    Vec[][] gradients = f.gradients();
                    for (int j = 0; j < gradients.length; j++)
                        for (int i = 0; i < gradients[j].length; i++)
                            f.factors[j][i].axpy(minusEta, gradients[j][i]);
                }
                f.refresh();
            }
        };
    }

    /** x+ = x - eta grad L(m), m = (x + x+)/2, by m <- x - (eta/2) grad L(m). */
    private void midpointStep(Factors f, Scalar minusEta, long t) {
        Tier tier = f.tier();
        Scalar half = minusEta.multiply(0.5);
        Scalar minusOne = tier.scalar(-1);
        Vec[][] m = copy(f.factors);
        double change = Double.POSITIVE_INFINITY;
        int maxSweeps = Math.max(MAX_SWEEPS, SWEEPS_PER_DIGIT * tier.digits());
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            Vec[][] gradients = f.gradients(m, Matrices.prefixes(m));
            // squared Frobenius norms over all factors, summed and compared in the tier: a
            // Dfp-to-double conversion per row cost more than the sweep's products
            Scalar changeSquared = tier.scalar(0);
            Scalar scaleSquared = tier.scalar(0);
            boolean finite = true;
            for (int j = 0; j < m.length; j++)
                for (int i = 0; i < m[j].length; i++) {
                    Vec next = f.factors[j][i].copy();
                    next.axpy(half, gradients[j][i]);
                    Vec moved = next.copy();
                    moved.axpy(minusOne, m[j][i]);
                    changeSquared = changeSquared.add(moved.dot(moved));
                    scaleSquared = scaleSquared.add(next.dot(next));
                    finite &= next.isFinite();
                    m[j][i] = next;
                }
            double eps = tier.epsilon();
            // converged when the change is within 4 eps of the factors' size, compared in the tier
            if (finite
                    && changeSquared.subtract(scaleSquared.multiply(16 * eps * eps)).signum() <= 0)
                break;
            change = Math.sqrt(changeSquared.doubleValue());
            if (sweep == maxSweeps - 1 || !finite || !Double.isFinite(change))
                throw new IntegrationFailure(
                        "the implicit midpoint step at t = "
                                + t
                                + " did not converge in "
                                + maxSweeps
                                + " fixed-point sweeps (last change "
                                + change
                                + "): the step "
                                + step.at(t)
                                + " is too large for it",
                        t,
                        null);
        }
        // x+ = 2 m - x
        for (int j = 0; j < m.length; j++)
            for (int i = 0; i < m[j].length; i++) f.factors[j][i].combine(-1, 2, m[j][i]);
    }

    /**
     * sum_j W_N ... W_{j+1} (-G_j) W_{j-1} ... W_1 for factor gradients G_j: the end-to-end
     * velocity of gradient flow, by the product rule.
     */
    static Vec endToEnd(Vec[][] factors, Vec[][] below, Vec[][] gradients) {
        int n = factors.length, rows = factors[n - 1].length, cols = factors[0][0].size();
        Tier tier = factors[0][0].tier();
        Vec out = tier.zeros(rows * cols);
        Vec[] above = Matrices.identity(tier, rows, tier.scalar(1)); // W_N ... W_{j+1}
        for (int j = n; j >= 1; j--) {
            Vec[] term =
                    Matrices.multiply(Matrices.multiply(above, gradients[j - 1]), below[j - 1]);
            out.axpy(-1, Matrices.vec(term, tier));
            above = Matrices.multiply(above, factors[j - 1]);
        }
        return out;
    }

    private static Vec[][] copy(Vec[][] f) {
        Vec[][] out = new Vec[f.length][];
        for (int j = 0; j < f.length; j++) {
            out[j] = new Vec[f[j].length];
            for (int i = 0; i < f[j].length; i++) out[j][i] = f[j][i].copy();
        }
        return out;
    }

    /**
     * dL/dW_j = S_{j+1}^T G P_{j-1}^T with P_{j-1} = W_{j-1} ... W_1 = {@code below[j - 1]} (from
     * {@link Matrices#prefixes}) and S_{j+1} = W_N ... W_{j+1} (identities at the ends), for G =
     * grad l(W) (m x n, so S_{N+1} = I_m and P_0 = I_n).
     */
    static Vec[][] factorGradients(Vec[][] factors, Vec[][] below, Vec[] gradient) {
        int n = factors.length;
        Vec[][] above = new Vec[n + 2][]; // above[j] = W_N ... W_j, above[n + 1] = I
        Tier tier = gradient[0].tier();
        above[n + 1] = Matrices.identity(tier, gradient.length, tier.scalar(1));
        for (int j = n; j >= 1; j--) above[j] = Matrices.multiply(above[j + 1], factors[j - 1]);
        Vec[][] out = new Vec[n][];
        for (int j = 1; j <= n; j++) {
            Vec[] left = Matrices.multiply(Matrices.transpose(above[j + 1]), gradient);
            out[j - 1] = Matrices.multiply(left, Matrices.transpose(below[j - 1]));
        }
        return out;
    }
}
