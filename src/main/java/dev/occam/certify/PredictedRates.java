package dev.occam.certify;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.LinearUpdate;
import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.Value;
import dev.occam.problem.AffineGradient;
import dev.occam.problem.LinearModes;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.SingularValueDecomposition;

import java.util.Arrays;

/**
 * Linear contraction factors that theory predicts for constant-step first-order methods on least
 * squares and on a quadratic (its Hessian's nonzero eigenvalues take the place of s_i^2, with no
 * factor 2). With s_i the nonzero singular values of X and mu_i = 2 eta s_i^2 (L has no 1/2): GD
 * contracts the error in the row space by max |1 - mu_i|; heavy ball and Nesterov by the largest
 * root modulus of z^2 - (1 + beta - mu) z + beta and z^2 - (1 + beta)(1 - mu) z + beta (1 - mu).
 */
public final class PredictedRates {
    /** Larger affine problems get no predicted rate (a dense eigendecomposition per point). */
    private static final int MAX_MODES = 400;

    private PredictedRates() {}

    /** The predicted contraction per iteration, or NaN when theory gives none here. */
    public static double contraction(Algorithm algorithm, Problem problem) {
        LinearUpdate u = algorithm.linearUpdate();
        if (u == null || u.kind() == LinearUpdate.Kind.GRADIENT_FLOW) return Double.NaN;
        double eta = u.step().constant();
        if (Double.isNaN(eta)) return Double.NaN;
        SquaredResiduals ls = problem.squaredResiduals();
        if (ls == null) return affine(u, problem);
        BinaryGram large = BinaryGram.large(ls.x());
        if (large != null) return overInterval(u, eta, large.estimates());
        double[][] x = new double[ls.rows()][problem.dimension()];
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < x[i].length; j++) x[i][j] = ls.x()[i][j].doubleValue();
        double[] s =
                new SingularValueDecomposition(new Array2DRowRealMatrix(x, false))
                        .getSingularValues();
        double rho = 0;
        for (double si : s) {
            if (si <= 1e-12 * s[0]) continue;
            rho = Math.max(rho, u.modes().radius(2 * eta * si * si));
        }
        return rho;
    }

    /**
     * For a large X of doubles, where no full spectrum is computed: the largest mode radius over
     * 257 points spanning the estimated [lambda_min, lambda_max] of X X^T. Gradient descent's
     * radius |1 - 2 eta lambda| peaks at an end, so this is its exact prediction up to the
     * estimates; for other methods it can exceed the radius over the true eigenvalues inside.
     */
    private static double overInterval(LinearUpdate u, double eta, double[] range) {
        double rho = 0;
        for (int k = 0; k <= 256; k++) {
            double lambda = range[0] + (range[1] - range[0]) * k / 256;
            if (lambda > 0) rho = Math.max(rho, u.modes().radius(2 * eta * lambda));
        }
        return rho;
    }

    /**
     * The same on another problem with an affine gradient (a quadratic: K = A, s = 1), over the
     * nonzero eigenvalues of K: its zero modes are never excited (the error lies in range(K)).
     */
    private static double affine(LinearUpdate u, Problem problem) {
        AffineGradient affine = problem.affineGradient();
        if (affine == null || affine.modes() > MAX_MODES) return Double.NaN;
        Value[] zero = new Value[problem.dimension()];
        Arrays.fill(zero, Value.of(0));
        LinearModes modes = affine.from(zero);
        if (modes == null) return Double.NaN;
        double[][] k = new double[modes.k().length][modes.k().length];
        for (int i = 0; i < k.length; i++)
            for (int j = 0; j < k.length; j++) k[i][j] = modes.k()[i][j].doubleValue();
        double[] lambda =
                new EigenDecompositionSymmetric(new Array2DRowRealMatrix(k, false))
                        .getEigenvalues();
        double top = Math.abs(lambda[0]), rho = 0;
        for (double l : lambda) {
            if (Math.abs(l) <= 1e-12 * top) continue;
            rho = Math.max(rho, u.modes().radius(modes.scale() * u.step().constant() * l));
        }
        return rho;
    }
}
