package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The shared eigenbasis of commuting symmetric matrices against bases known by construction: A_i =
 * V D_i V^T with the rational rotation V = [[7, -4, 4], [4, -1, -8], [4, 8, 1]] / 9 (the Cayley
 * transform of a skew matrix), compared up to the order and signs of V's columns.
 */
class JointEigenbasisTest {
    private static final Tier TIER = Tier.forDigits(60);
    private static final BigFraction[][] V = {
        {f(7, 9), f(-4, 9), f(4, 9)}, {f(4, 9), f(-1, 9), f(-8, 9)}, {f(4, 9), f(8, 9), f(1, 9)}
    };

    private static BigFraction f(int p, int q) {
        return new BigFraction(p, q);
    }

    /** V diag(d) V^T as exact values. */
    private static Value[][] conjugated(BigFraction... d) {
        Value[][] a = new Value[3][3];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++) {
                BigFraction s = BigFraction.ZERO;
                for (int k = 0; k < 3; k++) s = s.add(V[r][k].multiply(d[k]).multiply(V[c][k]));
                a[r][c] = Value.of(s, Value.text(s));
            }
        return a;
    }

    /** |<found column k, V column j>|, which is 1 for the same eigenvector up to sign. */
    private static double overlap(BigDecimal[][] found, int k, int j) {
        BigDecimal s = BigDecimal.ZERO;
        for (int r = 0; r < 3; r++)
            s = s.add(found[r][k].multiply(new BigDecimal(V[r][j].doubleValue())));
        return Math.abs(s.doubleValue());
    }

    /** Each found column is +-one of V's, which one given by its eigenvalues. */
    private static void assertColumnsOfV(JointEigenbasis e, BigFraction[][] d) {
        BigDecimal[][] found = e.basis();
        BigDecimal[][] lambda = e.eigenvalues();
        for (int k = 0; k < 3; k++) {
            int j = -1;
            for (int c = 0; c < 3; c++) {
                boolean same = true;
                for (int i = 0; i < d.length; i++)
                    same &=
                            lambda[i][k]
                                            .subtract(new BigDecimal(d[i][c].doubleValue()))
                                            .abs()
                                            .doubleValue()
                                    < 1e-12;
                if (same) j = c;
            }
            assertThat(j).as("column %d has the eigenvalues of a column of D", k).isNotNegative();
            assertThat(overlap(found, k, j))
                    .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
        }
    }

    @Test
    void commutingConjugatesGiveBackTheirBasis() {
        BigFraction q = f(1, 4), o = BigFraction.ONE, z = BigFraction.ZERO;
        BigFraction[][] d = {{q, o, z}, {q, z, o}};
        JointEigenbasis e =
                JointEigenbasis.of(new Value[][][] {conjugated(d[0]), conjugated(d[1])}, TIER);
        assertColumnsOfV(e, d);
        assertThat(e.orthogonality()).isLessThan(1e-50);
        assertThat(e.offDiagonal()).isLessThan(1e-50);
    }

    @Test
    void aRepeatedEigenvalueOfTheCombinationIsSplitByTheMatricesOnItsBlock() {
        // with weights (1, 1), C = V diag(3, 3, 0) V^T: its eigenspace for 3 is a block on which
        // A_1 = diag(1, 2) is not a scalar, so the block is diagonalized again
        BigFraction o = BigFraction.ONE, t = BigFraction.TWO, z = BigFraction.ZERO;
        BigFraction[][] d = {{o, t, z}, {t, o, z}};
        JointEigenbasis e =
                JointEigenbasis.of(
                        new Value[][][] {conjugated(d[0]), conjugated(d[1])},
                        TIER,
                        new double[] {1, 1});
        assertColumnsOfV(e, d);
        assertThat(e.offDiagonal()).isLessThan(1e-50);
    }

    @Test
    void aRepeatedJointEigenvalueKeepsAnyBasisOfItsEigenspace() {
        // A = V diag(2, 2, -1) V^T: any orthonormal basis of span(v1, v2) will do; the third
        // column is +-v3
        JointEigenbasis e =
                JointEigenbasis.of(
                        new Value[][][] {
                            conjugated(BigFraction.TWO, BigFraction.TWO, BigFraction.MINUS_ONE)
                        },
                        TIER);
        assertThat(e.offDiagonal()).isLessThan(1e-50);
        assertThat(e.orthogonality()).isLessThan(1e-50);
        BigDecimal[] lambda = e.eigenvalues()[0];
        int minus = -1;
        for (int k = 0; k < 3; k++) {
            double l = lambda[k].doubleValue();
            assertThat(Math.min(Math.abs(l - 2), Math.abs(l + 1))).isLessThan(1e-50);
            if (Math.abs(l + 1) < 0.5) minus = k;
        }
        assertThat(minus).isNotNegative();
        assertThat(overlap(e.basis(), minus, 2))
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void irrationalEigenvaluesComeOutToTheTiersDigits() {
        // A = [[2, 1], [1, 1]] and B = A^2 = [[5, 3], [3, 2]] commute; A's eigenvalues are
        // (3 +- sqrt 5) / 2 and B's their squares (7 +- 3 sqrt 5) / 2
        Value[][] a = {{Value.of(2), Value.of(1)}, {Value.of(1), Value.of(1)}};
        Value[][] b = {{Value.of(5), Value.of(3)}, {Value.of(3), Value.of(2)}};
        JointEigenbasis e = JointEigenbasis.of(new Value[][][] {a, b}, TIER);
        MathContext mc = new MathContext(70);
        BigDecimal root5 = new BigDecimal(5).sqrt(mc);
        BigDecimal two = new BigDecimal(2);
        for (int k = 0; k < 2; k++) {
            BigDecimal l = e.eigenvalues()[0][k];
            int sign = l.compareTo(new BigDecimal("1.5")) > 0 ? 1 : -1;
            BigDecimal la =
                    new BigDecimal(3).add(root5.multiply(BigDecimal.valueOf(sign))).divide(two, mc);
            BigDecimal lb =
                    new BigDecimal(7)
                            .add(root5.multiply(BigDecimal.valueOf(3L * sign)))
                            .divide(two, mc);
            assertThat(l.subtract(la).abs().doubleValue()).isLessThan(1e-55);
            assertThat(e.eigenvalues()[1][k].subtract(lb).abs().doubleValue()).isLessThan(1e-55);
        }
    }
}
