package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The same verdicts in each number type: [[2, 1], [1, 1]] (eigenvalues (3 -+ sqrt 5)/2) is positive
 * definite.
 */
class PositiveDefiniteTest {
    private static final long[][] SPD = {{2, 1}, {1, 1}};
    private static final long[][] INDEFINITE = {{1, 2}, {2, 1}};
    private static final long[][] ASYMMETRIC = {{2, 1}, {0, 1}};
    private static final long[][] SINGULAR = {{1, 2}, {2, 4}};
    private static final MathContext MC = new MathContext(40);

    private static BigFraction[][] fractions(long[][] a) {
        BigFraction[][] m = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = new BigFraction(a[i][j]);
        return m;
    }

    private static Dfp[][] dfps(long[][] a) {
        DfpField f = new DfpField(40);
        Dfp[][] m = new Dfp[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = f.newDfp(a[i][j]);
        return m;
    }

    private static BigDecimal[][] decimals(long[][] a) {
        BigDecimal[][] m = new BigDecimal[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = BigDecimal.valueOf(a[i][j]);
        return m;
    }

    static Stream<Arguments> numberTypes() {
        return Stream.of(
                Arguments.of(
                        "rationals",
                        (Predicate<long[][]>) a -> PositiveDefinite.test(fractions(a)),
                        true),
                Arguments.of(
                        "dfp", (Predicate<long[][]>) a -> PositiveDefinite.test(dfps(a)), true),
                Arguments.of(
                        "decimals",
                        (Predicate<long[][]>) a -> PositiveDefinite.test(decimals(a), MC),
                        false));
    }

    /** The decimal test reads pivots only: its callers pass matrices symmetric by construction. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("numberTypes")
    void sylvestersCriterion(
            String type, Predicate<long[][]> positiveDefinite, boolean checksSymmetry) {
        assertThat(positiveDefinite.test(SPD)).isTrue();
        assertThat(positiveDefinite.test(INDEFINITE)).isFalse();
        assertThat(positiveDefinite.test(SINGULAR)).isFalse();
        if (checksSymmetry) assertThat(positiveDefinite.test(ASYMMETRIC)).isFalse();
    }

    @Test
    void shiftsBoundTheEigenvalues() {
        double min = (3 - Math.sqrt(5)) / 2, max = (3 + Math.sqrt(5)) / 2;
        for (int sign : new int[] {1, -1}) {
            double bound = sign > 0 ? max : min;
            assertThat(PositiveDefinite.shifted(fractions(SPD), bound * (1 + sign * 1e-9), sign))
                    .as("sign %d", sign)
                    .isTrue();
            assertThat(PositiveDefinite.shifted(fractions(SPD), bound * (1 - sign * 1e-9), sign))
                    .as("sign %d", sign)
                    .isFalse();
            assertThat(PositiveDefinite.shifted(decimals(SPD), bound * (1 + sign * 1e-9), sign, MC))
                    .as("sign %d", sign)
                    .isTrue();
            assertThat(PositiveDefinite.shifted(decimals(SPD), bound * (1 - sign * 1e-9), sign, MC))
                    .as("sign %d", sign)
                    .isFalse();
        }
    }

    /**
     * Semidefinite, exactly: [[1, 2], [2, 4]] (eigenvalues 0, 5), 0, the triangle's Laplacian (0,
     * 3, 3) are; [[1, 2], [2, 1]] (3, -1), [[0, 1], [1, 0]] (1, -1: a zero diagonal with a nonzero
     * entry in its row) and [[1, 1, 0], [1, 1, 0], [0, 0, -1/1000]] (a negative entry after a
     * pivot) are not; an asymmetric matrix is not.
     */
    @Test
    void semidefinitenessIsDecidedExactly() {
        assertThat(PositiveDefinite.semidefinite(fractions(SINGULAR))).isTrue();
        assertThat(PositiveDefinite.semidefinite(fractions(SPD))).isTrue();
        assertThat(PositiveDefinite.semidefinite(fractions(new long[][] {{0, 0}, {0, 0}})))
                .isTrue();
        assertThat(
                        PositiveDefinite.semidefinite(
                                fractions(new long[][] {{2, -1, -1}, {-1, 2, -1}, {-1, -1, 2}})))
                .isTrue();
        assertThat(PositiveDefinite.semidefinite(fractions(INDEFINITE))).isFalse();
        assertThat(PositiveDefinite.semidefinite(fractions(new long[][] {{0, 1}, {1, 0}})))
                .isFalse();
        BigFraction[][] late = fractions(new long[][] {{1, 1, 0}, {1, 1, 0}, {0, 0, 0}});
        late[2][2] = new BigFraction(-1, 1000);
        assertThat(PositiveDefinite.semidefinite(late)).isFalse();
        assertThat(PositiveDefinite.semidefinite(fractions(ASYMMETRIC))).isFalse();
    }
}
