package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact eigenvalue counts and brackets against eigenvalues derived by hand. */
class InertiaTest {
    private static BigFraction[][] m(long[][] a) {
        BigFraction[][] out = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) out[i][j] = new BigFraction(a[i][j]);
        return out;
    }

    private static void assertBrackets(BigFraction[] b, String value) {
        BigDecimal x = new BigDecimal(value);
        assertThat(b[0].bigDecimalValue(60, RoundingMode.FLOOR)).isLessThanOrEqualTo(x);
        assertThat(b[1].bigDecimalValue(60, RoundingMode.CEILING)).isGreaterThan(x);
        assertThat(b[1].subtract(b[0]).doubleValue())
                .isLessThanOrEqualTo(1e-40 * Math.max(1, Math.abs(x.doubleValue())));
    }

    @Test
    void countsAreExactOnBothSidesOfAnEigenvalue() {
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3
        BigFraction[][] a = m(new long[][] {{2, 1}, {1, 2}});
        assertThat(Inertia.below(a, new BigFraction(1, 2))).isZero();
        assertThat(Inertia.below(a, new BigFraction(3, 2))).isEqualTo(1);
        assertThat(Inertia.below(a, new BigFraction(301, 100))).isEqualTo(2);
        assertThat(Inertia.below(a, new BigFraction(299, 100))).isEqualTo(1);
        // at mu = 3 the second pivot of A - 3I is 0: undecided, never guessed
        assertThat(Inertia.below(a, new BigFraction(3))).isEqualTo(-1);
    }

    @Test
    void irrationalEigenvaluesAreBracketedEvenWhenBisectionMeetsAZeroPivot() {
        // [[2, 1], [1, 1]]: trace 3, det 1, so lambda = (3 -+ sqrt 5)/2; the first midpoint of the
        // Gershgorin interval [0, 4] is 2 = A[0][0], where the first pivot of A - 2I vanishes
        BigFraction[][] a = m(new long[][] {{2, 1}, {1, 1}});
        assertThat(Inertia.below(a, new BigFraction(2))).isEqualTo(-1);
        assertBrackets(
                Inertia.bracket(a, 0, 40), "0.381966011250105151795413165634361882279690820194237");
        assertBrackets(
                Inertia.bracket(a, 1, 40), "2.618033988749894848204586834365638117720309179805762");
    }

    @Test
    void aRepeatedEigenvalueIsBracketedForEachIndex() {
        // diag(5, 5, -2) conjugated by nothing: eigenvalues -2, 5, 5
        BigFraction[][] a = m(new long[][] {{5, 0, 0}, {0, 5, 0}, {0, 0, -2}});
        assertBrackets(Inertia.bracket(a, 0, 40), "-2");
        assertBrackets(Inertia.bracket(a, 1, 40), "5");
        assertBrackets(Inertia.bracket(a, 2, 40), "5");
    }

    @Test
    void aMatrixThatIsNotSymmetricIsRefused() {
        assertThatThrownBy(() -> Inertia.bracket(m(new long[][] {{1, 2}, {0, 1}}), 0, 10))
                .hasMessageContaining("symmetric");
    }
}
