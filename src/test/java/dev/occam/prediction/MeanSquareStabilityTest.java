package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * SGD's mean-square threshold against values derived independently of the code under test.
 *
 * <p>In occam's convention (L = ||Xw - y||^2, SGD steps eta (n/b) sum_j grad l_{i_j}, e = X^T a, K
 * = X X^T) a step maps a to (I - 2 eta D K) a.
 *
 * <ul>
 *   <li>n = 1: D = 1, the scalar a moves by (1 - 2 eta k), the same as GD: eta* = 1/k = 2 /
 *       lambda_max(H).
 *   <li>orthogonal rows, K = diag(k_i): with b indices drawn with replacement, mode i is multiplied
 *       by 1 - 2 eta (n/b) c_i k_i with c_i ~ Binomial(b, 1/n); E[(.)^2] = 1 - 4 eta k_i + 4 eta^2
 *       k_i^2 (n/b)^2 E[c_i^2], E[c_i^2] = b/n (1 - 1/n) + b^2/n^2, so E = 1 - 4 eta k_i + 4 eta^2
 *       k_i^2 (n + b - 1)/b and the modes decouple (off-diagonal moments are multiplied by 1 - 2
 *       eta (k_i + k_j) + 4 eta^2 k_i k_j (b-1)/b, inside (-1, 1) below the diagonal thresholds):
 *       eta* = b / ((n + b - 1) max k_i).
 *   <li>X = [[1,0,0,0],[1,1,0,0],[0,1,2,0]], b = 1: 0.06859746659764565, from a numpy bisection (60
 *       halvings in double) on the same positive-definiteness test written independently:
 *       <pre>
 * def Tstar(P,K,eta,n,b):
 *     D=np.diag(np.diag(P))
 *     return P-2*eta*(K@P+P@K)+4*eta**2*((n/b)*K@D@K+((b-1)/b)*K@P@K)
 * # vectorise I - T* on the upper triangle, solve for I, test eigvalsh(P) > 0
 * </pre>
 *       and a Monte Carlo check of the escape (the sample Lyapunov exponent of 40 runs of 3000
 *       steps is -0.042 at eta = 0.06 and +0.087 at 0.08).
 * </ul>
 */
class MeanSquareStabilityTest {

    private static BigFraction[][] k(long[][] x) {
        int n = x.length;
        BigFraction[][] k = new BigFraction[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int c = 0; c < x[0].length; c++) s += x[i][c] * x[j][c];
                k[i][j] = new BigFraction(s);
            }
        return k;
    }

    private static void assertBracket(BigFraction[] b, BigFraction truth) {
        assertThat(b[0].compareTo(truth)).isLessThan(0);
        assertThat(b[1].compareTo(truth)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void oneRowIsGradientDescentsThreshold() {
        BigFraction[][] k = k(new long[][] {{1, 2}});
        assertBracket(
                MeanSquareStability.bracket(k, 1, new BigFraction(1), 30), new BigFraction(1, 5));
        assertThat(MeanSquareStability.stable(k, new BigFraction(1, 5), 1)).isFalse();
        assertThat(MeanSquareStability.stable(k, new BigFraction(199, 1000), 1)).isTrue();
    }

    @Test
    void orthogonalRowsDecouple() {
        BigFraction[][] k = k(new long[][] {{1, 0, 0}, {0, 2, 0}});
        // k = (1, 4), n = 2: b = 1 gives 1/(2*4) = 1/8, b = 2 gives 2/(3*4) = 1/6
        assertBracket(
                MeanSquareStability.bracket(k, 1, new BigFraction(1, 4), 30),
                new BigFraction(1, 8));
        assertBracket(
                MeanSquareStability.bracket(k, 2, new BigFraction(1, 4), 30),
                new BigFraction(1, 6));
        assertThat(MeanSquareStability.stable(k, new BigFraction(1, 8), 1)).isFalse();
        assertThat(MeanSquareStability.stable(k, new BigFraction(1249, 10000), 1)).isTrue();
        assertThat(MeanSquareStability.stable(k, new BigFraction(1, 6), 2)).isFalse();
        assertThat(MeanSquareStability.stable(k, new BigFraction(1666, 10000), 2)).isTrue();
    }

    @Test
    void aCoupledInstanceMatchesAnIndependentComputation() {
        BigFraction[][] k = k(new long[][] {{1, 0, 0, 0}, {1, 1, 0, 0}, {0, 1, 2, 0}});
        long start = System.nanoTime();
        BigFraction[] b = MeanSquareStability.bracket(k, 1, new BigFraction(1, 4), 44);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(b[0].doubleValue())
                .isCloseTo(0.06859746659764565, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(b[1].subtract(b[0]).doubleValue()).isLessThan(1e-40);
        assertThat(seconds).as("exact bisection time").isLessThan(5);
        System.out.printf("sgd mean-square bracket, 44 digits: %.2f s%n", seconds);
    }
}
