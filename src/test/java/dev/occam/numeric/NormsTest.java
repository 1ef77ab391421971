package dev.occam.numeric;

import static dev.occam.numeric.Exact.assertClose;
import static dev.occam.numeric.Exact.assertRelative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

class NormsTest {
    private static final int N = 6;

    /** D = B^T B + I for a small integer B: symmetric positive definite and rational. */
    private static Value[][] randomSpd(Random r) {
        BigFraction[][] b = new BigFraction[N][N];
        for (BigFraction[] row : b) {
            for (int j = 0; j < N; j++) {
                row[j] = new BigFraction(r.nextInt(5) - 2, 1 + r.nextInt(3));
            }
        }
        BigFraction[][] d = RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(b), b);
        for (int i = 0; i < N; i++) {
            d[i][i] = d[i][i].add(1);
        }
        return RationalLinearAlgebra.values(d);
    }

    /** The same shape with irrational entries: sqrt(2) I + the rational matrix. */
    private static Value[][] irrationalSpd(Random r) {
        Value[][] d = randomSpd(r);
        BigDecimal sqrt2 = BigDecimal.valueOf(2).sqrt(Value.CONTEXT);
        for (int i = 0; i < N; i++) {
            BigDecimal x = d[i][i].decimal().add(sqrt2);
            d[i][i] = Value.irrational(x, "sqrt2+" + d[i][i].text());
        }
        return d;
    }

    private static List<Norm> norms(Tier tier, Random r) {
        return List.of(
                Norms.l1(),
                Norms.l2(),
                Norms.linf(),
                Norms.lp(Value.of(new BigFraction(4, 3), "4/3")),
                Norms.lp(Value.of(3)),
                Norms.quadratic(randomSpd(r), tier),
                Norms.quadratic(irrationalSpd(r), tier));
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(16, 1e-13), Arguments.of(32, 1e-30), Arguments.of(50, 1e-45))
                .flatMap(
                        a ->
                                Stream.of(1L, 2L, 3L)
                                        .map(s -> Arguments.of(a.get()[0], a.get()[1], s)));
    }

    @ParameterizedTest(name = "{0} digits, seed {2}")
    @MethodSource("cases")
    void steepestDirectionAttainsTheDualNorm(int digits, double tol, long seed) {
        Tier tier = Tiers.forDigits(digits);
        Random r = new Random(seed);
        for (Norm norm : norms(tier, r)) {
            Vec g = tier.of(Exact.randomDecimals(r, N));
            Vec out = tier.zeros(N);
            norm.steepest(g, out);
            BigDecimal dual = norm.dual(g).decimal();
            assertRelative(norm.value(out).decimal(), dual, tol);
            assertRelative(g.dot(out).decimal(), dual.multiply(dual).negate(), tol);
        }
    }

    @ParameterizedTest(name = "{0} digits, seed {2}")
    @MethodSource("cases")
    void noPerturbationImprovesTheSteepestObjective(int digits, double tol, long seed) {
        Tier tier = Tiers.forDigits(digits);
        Random r = new Random(seed);
        for (Norm norm : norms(tier, r)) {
            Vec g = tier.of(Exact.randomDecimals(r, N));
            Vec out = tier.zeros(N);
            norm.steepest(g, out);
            BigDecimal best = objective(norm, g, out);
            for (int k = 0; k < 20; k++) {
                Vec v = out.copy();
                v.axpy(Math.pow(10, -1 - r.nextInt(4)), tier.of(Exact.randomDecimals(r, N)));
                assertThat(objective(norm, g, v).subtract(best).doubleValue())
                        .as("%s: a perturbation improved the objective", norm.name())
                        .isGreaterThan(-tol * best.abs().doubleValue());
            }
        }
    }

    private static BigDecimal objective(Norm norm, Vec g, Vec v) {
        BigDecimal n = norm.value(v).decimal();
        return g.dot(v).decimal().add(n.multiply(n).divide(BigDecimal.valueOf(2)));
    }

    @ParameterizedTest(name = "{0} digits, seed {2}")
    @MethodSource("cases")
    void holderInequalityBoundsPairings(int digits, double tol, long seed) {
        Tier tier = Tiers.forDigits(digits);
        Random r = new Random(seed);
        for (Norm norm : norms(tier, r)) {
            Vec g = tier.of(Exact.randomDecimals(r, N));
            Vec v = tier.of(Exact.randomDecimals(r, N));
            BigDecimal bound = norm.value(v).decimal().multiply(norm.dual(g).decimal());
            assertThat(g.dot(v).decimal().abs().doubleValue())
                    .isLessThanOrEqualTo(bound.doubleValue() * (1 + tol));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 50})
    void valuesOfAKnownVector(int digits) {
        Tier tier = Tiers.forDigits(digits);
        Vec v = tier.of(new double[] {3, -4});
        double tol = 4 * tier.epsilon();
        assertRelative(Norms.l1().value(v).decimal(), BigDecimal.valueOf(7), tol);
        assertRelative(Norms.l2().value(v).decimal(), BigDecimal.valueOf(5), tol);
        assertRelative(Norms.linf().value(v).decimal(), BigDecimal.valueOf(4), tol);
        // ||(3, -4)||_3^3 = 27 + 64
        assertRelative(
                Norms.lp(Value.of(3)).value(v).decimal().pow(3), BigDecimal.valueOf(91), 3 * tol);
        Value[][] d = {
            {Value.of(2), Value.of(0)}, {Value.of(0), Value.of(new BigFraction(1, 2), "1/2")}
        };
        BigDecimal sqrt26 = BigDecimal.valueOf(26).sqrt(Exact.MC);
        assertRelative(Norms.quadratic(d, tier).value(v).decimal(), sqrt26, tol);
        // the dual of diag(2, 1/2) is diag(1/2, 2): 9/2 + 32
        assertRelative(
                Norms.quadratic(d, tier).dual(v).decimal(),
                new BigDecimal("36.5").sqrt(Exact.MC),
                tol);
    }

    @Test
    void l1MovesTheLowestIndexOfTheLargestEntry() {
        Tier tier = Tiers.forDigits(32);
        Vec g = tier.of(new double[] {1, -5, 2, 5});
        Vec out = tier.zeros(4);
        Norms.l1().steepest(g, out);
        assertThat(out.toDoubleArray()).containsExactly(0, 5, 0, 0);
    }

    @Test
    void linfMovesEveryCoordinateBySign() {
        Tier tier = Tiers.forDigits(16);
        Vec g = tier.of(new double[] {1, -5, 0, 2});
        Vec out = tier.zeros(4);
        Norms.linf().steepest(g, out);
        assertThat(out.toDoubleArray()).containsExactly(new double[] {-8, 8, 0, -8}, within(0.0));
    }

    @Test
    void rejectsInvalidParameters() {
        assertThatThrownBy(() -> Norms.lp(Value.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
        Value[][] indefinite = {{Value.of(1), Value.of(2)}, {Value.of(2), Value.of(1)}};
        assertThatThrownBy(() -> Norms.quadratic(indefinite, Tiers.forDigits(16)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Norms.lp(Value.of(new BigFraction(4, 3), "4/3")).name()).isEqualTo("lp:4/3");
    }

    @Test
    void zeroGradientGivesZeroDirection() {
        Tier tier = Tiers.forDigits(32);
        Vec out = tier.of(new double[] {1, 1});
        Norms.lp(Value.of(3)).steepest(tier.zeros(2), out);
        assertClose(out.decimal(0), BigDecimal.ZERO, BigDecimal.ONE, 0);
        assertClose(out.decimal(1), BigDecimal.ZERO, BigDecimal.ONE, 0);
    }
}
