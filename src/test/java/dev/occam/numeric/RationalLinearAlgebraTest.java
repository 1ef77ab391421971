package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

class RationalLinearAlgebraTest {
    private static BigFraction[][] random(Random r, int rows, int cols) {
        BigFraction[][] a = new BigFraction[rows][cols];
        for (BigFraction[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = new BigFraction(r.nextInt(11) - 5, 1 + r.nextInt(4));
            }
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void solveIsExact(long seed) {
        Random r = new Random(seed);
        BigFraction[][] a = random(r, 5, 5);
        BigFraction[] x = random(r, 1, 5)[0];
        BigFraction[] b = RationalLinearAlgebra.multiply(a, x);
        assertThat(RationalLinearAlgebra.solve(a, b)).containsExactly(x);
        BigFraction[][] identity =
                RationalLinearAlgebra.multiply(a, RationalLinearAlgebra.inverse(a));
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(identity[i][j]).isEqualTo(i == j ? BigFraction.ONE : BigFraction.ZERO);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void minimumNormInterpolantViaTransposes(long seed) {
        Random r = new Random(seed);
        BigFraction[][] x = random(r, 3, 6);
        BigFraction[] y = random(r, 1, 3)[0];
        assertThat(RationalLinearAlgebra.hasFullRowRank(x)).isTrue();
        BigFraction[][] xt = RationalLinearAlgebra.transpose(x);
        BigFraction[] alpha = RationalLinearAlgebra.solve(RationalLinearAlgebra.multiply(x, xt), y);
        BigFraction[] w = RationalLinearAlgebra.multiply(xt, alpha);
        assertThat(RationalLinearAlgebra.multiply(x, w)).containsExactly(y);
    }

    @Test
    void rankDetectsDependentRows() {
        BigFraction[][] a = {
            {new BigFraction(1), new BigFraction(2), new BigFraction(3)},
            {new BigFraction(1, 2), new BigFraction(1), new BigFraction(3, 2)},
        };
        assertThat(RationalLinearAlgebra.rank(a)).isEqualTo(1);
        assertThat(RationalLinearAlgebra.hasFullRowRank(a)).isFalse();
        assertThatThrownBy(
                        () ->
                                RationalLinearAlgebra.solve(
                                        new BigFraction[][] {a[0], a[0], a[0]}, a[0]))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void conversionRejectsIrrationals() {
        Value root = Value.irrational(BigDecimal.valueOf(2).sqrt(Value.CONTEXT), "Sqrt(2)");
        assertThatThrownBy(
                        () -> RationalLinearAlgebra.fractions(new Value[][] {{Value.of(1), root}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sqrt(2)");
        assertThat(RationalLinearAlgebra.fractions(new Value[] {Value.of(3)}))
                .containsExactly(new BigFraction(3));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void dfpSolveMatchesExactSolution(long seed) {
        Random r = new Random(seed);
        BigFraction[][] a = random(r, 6, 6);
        BigFraction[] x = random(r, 1, 6)[0];
        BigFraction[] b = RationalLinearAlgebra.multiply(a, x);
        DfpField f = new DfpField(50);
        Dfp[][] ad = new Dfp[6][6];
        Dfp[] bd = new Dfp[6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                ad[i][j] = dfp(f, a[i][j]);
            }
            bd[i] = dfp(f, b[i]);
        }
        Dfp[] solution = DfpLinearAlgebra.solve(ad, bd);
        Dfp[][] inverse = DfpLinearAlgebra.inverse(ad);
        BigFraction[][] exactInverse = RationalLinearAlgebra.inverse(a);
        for (int i = 0; i < 6; i++) {
            Exact.assertClose(
                    new BigDecimal(solution[i].toString()),
                    x[i].bigDecimalValue(60, RoundingMode.HALF_EVEN),
                    BigDecimal.ONE,
                    1e-44);
            for (int j = 0; j < 6; j++) {
                Exact.assertClose(
                        new BigDecimal(inverse[i][j].toString()),
                        exactInverse[i][j].bigDecimalValue(60, RoundingMode.HALF_EVEN),
                        BigDecimal.ONE,
                        1e-44);
            }
        }
    }

    @Test
    void dfpSolveRejectsSingularSystems() {
        DfpField f = new DfpField(40);
        Dfp[][] a = {{f.newDfp(1), f.newDfp(2)}, {f.newDfp(2), f.newDfp(4)}};
        assertThatThrownBy(() -> DfpLinearAlgebra.solve(a, new Dfp[] {f.getOne(), f.getOne()}))
                .isInstanceOf(ArithmeticException.class);
    }

    private static Dfp dfp(DfpField f, BigFraction q) {
        return f.newDfp(q.getNumerator().toString())
                .divide(f.newDfp(q.getDenominator().toString()));
    }
}
