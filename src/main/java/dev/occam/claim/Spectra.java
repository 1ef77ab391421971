package dev.occam.claim;

import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Vec;

/** Scalar functions of a matrix iterate beyond its singular values, and their sensitivities. */
final class Spectra {
    private Spectra() {}

    /**
     * exp(H(p)) with p_i = sigma_i / sum sigma (Roy and Vetterli's effective rank): 1 for rank one,
     * d for equal singular values; 0 for W = 0.
     */
    static double effectiveRank(JacobiSvd svd) {
        double total = svd.nuclearNorm().doubleValue();
        if (total == 0) return 0;
        double h = 0;
        for (Scalar s : svd.singularValues()) {
            double p = s.doubleValue() / total;
            if (p > 0) h -= p * Math.log(p);
        }
        return Math.exp(h);
    }

    /**
     * A bound on |d erank| / ||dW||_F to first order: d erank / d sigma_i = erank (-log p_i - H) /
     * sum sigma, and each sigma_i moves by at most ||dW||_F (Weyl); singular values under 1e-300 of
     * the sum count at that floor.
     */
    static double effectiveRankSensitivity(JacobiSvd svd) {
        double total = svd.nuclearNorm().doubleValue();
        if (total == 0) return Double.POSITIVE_INFINITY;
        double erank = effectiveRank(svd), h = Math.log(erank), sum = 0;
        for (Scalar s : svd.singularValues()) {
            double p = Math.max(s.doubleValue() / total, 1e-300);
            sum += Math.abs(-Math.log(p) - h);
        }
        return erank * sum / total;
    }

    /**
     * det W of the d x d matrix stored row by row in w, by Gaussian elimination with partial
     * pivoting in w's tier (its sign is what a sign invariant watches).
     */
    static double det(Vec w, int d) {
        Scalar[][] a = new Scalar[d][d];
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) a[i][j] = w.element(i * d + j);
        Scalar det = w.tier().scalar(1);
        for (int k = 0; k < d; k++) {
            int pivot = k;
            for (int i = k + 1; i < d; i++)
                if (Math.abs(a[i][k].doubleValue()) > Math.abs(a[pivot][k].doubleValue()))
                    pivot = i;
            if (a[pivot][k].signum() == 0) return 0;
            if (pivot != k) {
                Scalar[] row = a[k];
                a[k] = a[pivot];
                a[pivot] = row;
                det = det.negate();
            }
            det = det.multiply(a[k][k]);
            for (int i = k + 1; i < d; i++) {
                Scalar f = a[i][k].divide(a[k][k]);
                for (int j = k + 1; j < d; j++) a[i][j] = a[i][j].subtract(f.multiply(a[k][j]));
            }
        }
        return det.doubleValue();
    }

    /**
     * ||adj W||_2 = sigma_1 ... sigma_{d-1}: det moves by at most that times ||dW||_2 to first
     * order (Jacobi's formula d det = tr(adj(W) dW)).
     */
    static double adjugateNorm(JacobiSvd svd) {
        Scalar[] sigma = svd.singularValues();
        double p = 1;
        for (int i = 0; i + 1 < sigma.length; i++) p *= sigma[i].doubleValue();
        return p * Math.sqrt(sigma.length);
    }
}
