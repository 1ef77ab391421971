package dev.occam.prediction;

import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;

import org.hipparchus.fraction.BigFraction;

import java.math.BigInteger;

/**
 * Mean-square stability of mini-batch SGD linearised at an interpolating minimum of least squares,
 * exactly in rationals.
 *
 * <p>With e = w - w* = X^T a (the rows of X independent, K = X X^T), one step with indices i_1..i_b
 * drawn uniformly with replacement maps a to (I - 2 eta D K) a, D = (n/b) sum_j e_{i_j} e_{i_j}^T,
 * E[D] = I. The second moment S = E[a a^T] then moves by the linear map
 *
 * <pre>T(S) = S - 2 eta (K S + S K) + 4 eta^2 ((n/b) Diag(K S K) + ((b - 1)/b) K S K)</pre>
 *
 * (E[D Q D] = (n/b) Diag(Q) + ((b-1)/b) Q), and the iterates are mean-square stable iff rho(T) < 1.
 * T is completely positive, so rho(T) < 1 iff the adjoint equation P - T*(P) = I, T*(P) = P - 2 eta
 * (K P + P K) + 4 eta^2 ((n/b) K Diag(P) K + ((b-1)/b) K P K), has a positive definite solution
 * (then T*(P) <= (1 - 1/lambda_max(P)) P; conversely P = sum_k T*^k(I)). A singular system or a
 * solution that is not positive definite means rho(T) >= 1. eta -> T*_eta(P) - P is convex in the
 * Loewner order and 0 at eta = 0, so the stable steps form an interval (0, eta*) and bisection on
 * this exact test brackets eta*.
 */
final class MeanSquareStability {
    private static final int MAX_BISECTIONS = 400;

    private MeanSquareStability() {}

    /** Whether rho(T_eta) < 1, exactly. */
    static boolean stable(BigFraction[][] k, BigFraction eta, int batch) {
        int n = k.length;
        int m = n * (n + 1) / 2;
        BigFraction[][] system = new BigFraction[m][m];
        BigFraction[] rhs = new BigFraction[m];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++, c++) {
                BigFraction[][] e = zero(n);
                e[i][j] = BigFraction.ONE;
                e[j][i] = BigFraction.ONE;
                BigFraction[][] column = minusAdjointPart(k, e, eta, batch);
                int r = 0;
                for (int p = 0; p < n; p++)
                    for (int q = p; q < n; q++, r++) system[r][c] = column[p][q];
                rhs[c] = i == j ? BigFraction.ONE : BigFraction.ZERO;
            }
        }
        BigFraction[] x;
        try {
            x = RationalLinearAlgebra.solve(system, rhs);
        } catch (ArithmeticException singular) {
            return false;
        }
        BigFraction[][] p = zero(n);
        c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++, c++) {
                p[i][j] = x[c];
                p[j][i] = x[c];
            }
        }
        return PositiveDefinite.test(p);
    }

    /** P - T*(P) = 2 eta (K P + P K) - 4 eta^2 ((n/b) K Diag(P) K + ((b-1)/b) K P K). */
    static BigFraction[][] minusAdjointPart(
            BigFraction[][] k, BigFraction[][] p, BigFraction eta, int batch) {
        int n = k.length;
        BigFraction[][] diag = zero(n);
        for (int i = 0; i < n; i++) diag[i][i] = p[i][i];
        BigFraction[][] kp = RationalLinearAlgebra.multiply(k, p);
        BigFraction[][] kdk =
                RationalLinearAlgebra.multiply(RationalLinearAlgebra.multiply(k, diag), k);
        BigFraction[][] kpk = RationalLinearAlgebra.multiply(kp, k);
        BigFraction nb = new BigFraction(n, batch);
        BigFraction rest = new BigFraction(batch - 1, batch);
        BigFraction two = eta.multiply(2);
        BigFraction four = eta.multiply(eta).multiply(4);
        BigFraction[][] out = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigFraction first = kp[i][j].add(kp[j][i]).multiply(two); // P K = (K P)^T
                BigFraction second =
                        kdk[i][j].multiply(nb).add(kpk[i][j].multiply(rest)).multiply(four);
                out[i][j] = first.subtract(second);
            }
        }
        return out;
    }

    /**
     * [lo, hi] with lo < eta* <= hi (lo = 0 or stable, hi not stable), hi - lo <= 10^-digits hi, by
     * bisection from (0, upper] where upper is not stable.
     */
    static BigFraction[] bracket(BigFraction[][] k, int batch, BigFraction upper, int digits) {
        if (stable(k, upper, batch))
            throw new IllegalArgumentException("the upper end " + upper + " is stable");
        BigFraction lo = BigFraction.ZERO;
        BigFraction hi = upper;
        BigFraction scale = new BigFraction(BigInteger.TEN.pow(digits));
        for (int step = 0; step < MAX_BISECTIONS; step++) {
            if (hi.subtract(lo).multiply(scale).compareTo(hi) <= 0) break;
            BigFraction mid = lo.add(hi).divide(2);
            if (stable(k, mid, batch)) lo = mid;
            else hi = mid;
        }
        return new BigFraction[] {lo, hi};
    }

    private static BigFraction[][] zero(int n) {
        BigFraction[][] z = new BigFraction[n][n];
        for (BigFraction[] row : z) java.util.Arrays.fill(row, BigFraction.ZERO);
        return z;
    }
}
