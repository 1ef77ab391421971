package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** The min-trace LP and its exact certificate on instances solved by hand. */
class MinTraceLpTest {
    private static BigFraction f(int p, int q) {
        return new BigFraction(p, q);
    }

    private static BigFraction[] row(int... v) {
        BigFraction[] out = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) out[i] = new BigFraction(v[i]);
        return out;
    }

    private static void assertPoint(MinTraceLp lp, double... expected) {
        for (int j = 0; j < expected.length; j++)
            assertThat(lp.point()[j].subtract(new BigDecimal(expected[j])).abs().doubleValue())
                    .isZero();
    }

    @Test
    void aNondegenerateVertexIsUniqueWithItsReducedCost() {
        // lambda_1/4 + lambda_2 = 1, lambda_1/4 + lambda_3 = 1: trace = 2 + lambda_1/2, minimal at
        // (0, 1, 1); nu = (1, 1) from the support columns, reduced costs (1 - 1/2, 0, 0)
        BigFraction q = f(1, 4), o = BigFraction.ONE, z = BigFraction.ZERO;
        MinTraceLp lp = MinTraceLp.solve(new BigFraction[][] {{q, o, z}, {q, z, o}}, row(1, 1), 20);
        assertPoint(lp, 0, 1, 1);
        assertThat(lp.smallestReducedCost()).isEqualTo(f(1, 2));
        assertThat(lp.certificate())
                .contains("nu = (1, 1)")
                .contains("sum lambda - y.nu = 0 (exact)")
                .contains("reduced costs 1 - M^T nu = (1/2, 0, 0)")
                .contains("the minimizer is unique")
                .contains("nondegenerate vertex");
    }

    @Test
    void theBundledDiagonalInstance() {
        // lambda_1 + lambda_2 = 1, lambda_2 + lambda_3 = 2: lambda = (1 - t, t, 2 - t), trace 3 - t
        // with t <= 1, so (0, 1, 1); nu_1 + nu_2 = 1 and nu_2 = 1 give nu = (0, 1), reduced cost 1
        MinTraceLp lp =
                MinTraceLp.solve(new BigFraction[][] {row(1, 1, 0), row(0, 1, 1)}, row(1, 2), 20);
        assertPoint(lp, 0, 1, 1);
        assertThat(lp.smallestReducedCost()).isEqualTo(BigFraction.ONE);
    }

    @Test
    void aDegenerateVertexGetsItsDualFromTheActiveSetAndLeavesUniquenessOpen() {
        // lambda_1 + lambda_3 = 1, lambda_2 + lambda_3 = 1: trace = 2 - lambda_3, so (0, 0, 1),
        // unique; but the support {3} does not fix nu (any nu_1 + nu_2 = 1 with nu_i <= 1), and
        // the dual vertex found leaves a zero reduced cost off the support, so uniqueness is not
        // decided by strict complementarity
        MinTraceLp lp =
                MinTraceLp.solve(new BigFraction[][] {row(1, 0, 1), row(0, 1, 1)}, row(1, 1), 20);
        assertPoint(lp, 0, 0, 1);
        assertThat(lp.certificate())
                .contains("sum lambda - y.nu = 0 (exact)")
                .contains("may not be unique")
                .doesNotContain("nondegenerate");
        assertThat(lp.smallestReducedCost()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void aFaceOfMinimizersIsNotCalledUnique() {
        // lambda_1 + lambda_2 = 1: every feasible point has trace 1
        MinTraceLp lp = MinTraceLp.solve(new BigFraction[][] {row(1, 1)}, row(1), 20);
        assertThat(lp.point()[0].add(lp.point()[1]).doubleValue()).isEqualTo(1.0);
        assertThat(lp.certificate()).contains("may not be unique").contains("= 0 (exact)");
    }
}
