package dev.occam.certify;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.LinearUpdate;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Linear contraction factors that theory predicts for constant-step first-order methods on least
 * squares. With s_i the nonzero singular values of X and mu_i = 2 eta s_i^2 (L has no 1/2): GD
 * contracts the error in the row space by max |1 - mu_i|; heavy ball and Nesterov by the largest
 * root modulus of z^2 - (1 + beta - mu) z + beta and z^2 - (1 + beta)(1 - mu) z + beta (1 - mu).
 */
public final class PredictedRates {
    private PredictedRates() {}

    /** The predicted contraction per iteration, or NaN when theory gives none here. */
    public static double contraction(Algorithm algorithm, Problem problem) {
        SquaredResiduals ls = problem.squaredResiduals();
        if (ls == null) return Double.NaN;
        LinearUpdate u = algorithm.linearUpdate();
        if (u == null || u.kind() == LinearUpdate.Kind.GRADIENT_FLOW) return Double.NaN;
        double eta = u.step().constant();
        double beta = u.beta();
        boolean nesterov = u.kind() == LinearUpdate.Kind.NESTEROV;
        if (Double.isNaN(eta)) return Double.NaN;
        double[][] x = new double[ls.rows()][problem.dimension()];
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < x[i].length; j++) x[i][j] = ls.x()[i][j].doubleValue();
        double[] s =
                new SingularValueDecomposition(new Array2DRowRealMatrix(x, false))
                        .getSingularValues();
        double rho = 0;
        for (double si : s) {
            if (si <= 1e-12 * s[0]) continue;
            double mu = 2 * eta * si * si;
            double b = nesterov ? (1 + beta) * (1 - mu) : 1 + beta - mu;
            double c = nesterov ? beta * (1 - mu) : beta;
            rho = Math.max(rho, largestRoot(b, c));
        }
        return rho;
    }

    /** max |z| over roots of z^2 - b z + c. */
    private static double largestRoot(double b, double c) {
        Complex disc = new Complex(b * b - 4 * c).sqrt();
        return Math.max(disc.add(b).norm(), disc.negate().add(b).norm()) / 2;
    }
}
