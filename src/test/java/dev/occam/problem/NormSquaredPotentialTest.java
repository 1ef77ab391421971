package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * psi = 1/2 ||w||_p^2: tier maps, Dfp maps and the inverse Jacobian, against formulas written here.
 */
class NormSquaredPotentialTest {

    static Value value(int n, int d) {
        BigFraction f = new BigFraction(n, d);
        return Value.of(f, f.toString());
    }

    static Stream<Arguments> pAndTiers() {
        return Stream.of(value(3, 1), value(3, 2), value(4, 3), value(5, 1))
                .flatMap(
                        p ->
                                Arrays.stream(TierChecks.DIGITS)
                                        .boxed()
                                        .flatMap(
                                                d ->
                                                        Stream.of(1L, 2L, 3L)
                                                                .map(
                                                                        seed ->
                                                                                Arguments.of(
                                                                                        p.text(), p,
                                                                                        d, seed))));
    }

    @ParameterizedTest(name = "p = {0}, {2} digits, seed {3}")
    @MethodSource("pAndTiers")
    void gradientAndInverseAreMutuallyInverseInEveryTier(
            String name, Value p, int digits, long seed) {
        NormSquaredPotential psi = new NormSquaredPotential(p);
        BigDecimal[] w = TierChecks.random(new SplittableRandom(seed), 6, -3, 3, 0.05);
        TierChecks.assertRoundTrip(digits, w, psi::gradient, psi::inverse);
        TierChecks.assertRoundTrip(digits, w, psi::inverse, psi::gradient);
    }

    /** ||w||_p^(2-p) sign(w) |w|^(p-1), in Dfp, written out. */
    static Dfp[] gradientByHand(Dfp[] w, Dfp p) {
        DfpField f = p.getField();
        Dfp s = f.getZero();
        for (Dfp x : w) s = s.add(DfpMath.pow(x.abs(), p));
        Dfp norm = DfpMath.pow(s, p.reciprocal());
        Dfp c = DfpMath.pow(norm, f.newDfp(2).subtract(p));
        Dfp[] g = new Dfp[w.length];
        for (int i = 0; i < w.length; i++) {
            Dfp m = c.multiply(DfpMath.pow(w[i].abs(), p.subtract(f.getOne())));
            g[i] = w[i].negativeOrNull() ? m.negate() : m;
        }
        return g;
    }

    @ParameterizedTest(name = "p = {0}, {2} digits, seed {3}")
    @MethodSource("pAndTiers")
    void tierGradientMatchesTheFormula(String name, Value p, int digits, long seed) {
        NormSquaredPotential psi = new NormSquaredPotential(p);
        BigDecimal[] w = TierChecks.random(new SplittableRandom(seed + 10), 5, -3, 3, 0.05);
        Tier tier = Tier.forDigits(digits);
        Vec wv = tier.of(w);
        Vec g = tier.zeros(w.length);
        psi.gradient(wv, g);
        DfpField field = new DfpField(80);
        Dfp[] wd = new Dfp[w.length];
        for (int i = 0; i < w.length; i++) wd[i] = field.newDfp(wv.decimal(i).toString());
        Dfp pd =
                field.newDfp(p.rational().getNumerator().toString())
                        .divide(field.newDfp(p.rational().getDenominator().toString()));
        Dfp[] expected = gradientByHand(wd, pd);
        double scale = 0;
        for (Dfp e : expected) scale = Math.max(scale, Math.abs(e.toDouble()));
        for (int i = 0; i < w.length; i++) {
            double err =
                    field.newDfp(g.decimal(i).toString()).subtract(expected[i]).abs().toDouble()
                            / scale;
            assertThat(err)
                    .as("g[%d]", i)
                    .isLessThan(digits == 16 ? 1e-14 : TierChecks.tolerance(digits));
        }
        // and the Dfp side agrees with the same formula
        Dfp[] dfpSide = psi.gradient(wd);
        for (int i = 0; i < w.length; i++)
            assertThat(TierChecks.relErr(dfpSide[i], expected[i])).isLessThan(1e-70);
    }

    @ParameterizedTest(name = "p = {0}")
    @MethodSource("ps")
    void inverseJacobianMatchesFiniteDifferences(Value p) {
        NormSquaredPotential psi = new NormSquaredPotential(p);
        DfpField field = new DfpField(80);
        Dfp[] theta =
                TierChecks.dfp(field, TierChecks.random(new SplittableRandom(4), 5, -2, 2, 0.1));
        Dfp[][] jac = psi.inverseJacobian(theta);
        Dfp[][] fd =
                TierChecks.finiteDifferenceJacobian(psi::inverse, theta, field.newDfp("1e-25"));
        for (int i = 0; i < theta.length; i++) {
            for (int k = 0; k < theta.length; k++) {
                assertThat(jac[i][k].subtract(fd[i][k]).abs().toDouble())
                        .as("J[%d][%d] = %s, fd %s", i, k, jac[i][k], fd[i][k])
                        .isLessThan(1e-40);
                assertThat(jac[i][k].subtract(jac[k][i]).abs().toDouble()).isLessThan(1e-70);
            }
        }
        // Dfp maps mutually inverse, and value's derivative is the gradient
        Dfp[] w = psi.inverse(theta);
        Dfp[] back = psi.gradient(w);
        for (int i = 0; i < w.length; i++)
            assertThat(TierChecks.relErr(back[i], theta[i])).isLessThan(1e-70);
        Dfp h = field.newDfp("1e-25");
        for (int i = 0; i < w.length; i++) {
            Dfp[] plus = w.clone();
            Dfp[] minus = w.clone();
            plus[i] = plus[i].add(h);
            minus[i] = minus[i].subtract(h);
            Dfp slope = psi.value(plus).subtract(psi.value(minus)).divide(h.multiply(2));
            assertThat(slope.subtract(theta[i]).abs().toDouble()).isLessThan(1e-40);
        }
    }

    static Stream<Value> ps() {
        return Stream.of(value(3, 1), value(3, 2), value(4, 3));
    }

    @Test
    void zeroMapsToZero() {
        NormSquaredPotential psi = new NormSquaredPotential(value(3, 1));
        for (int digits : TierChecks.DIGITS) {
            Tier tier = Tier.forDigits(digits);
            Vec z = tier.zeros(3);
            Vec out = tier.of(new double[] {1, 1, 1});
            psi.gradient(z, out);
            for (double v : out.toDoubleArray()) assertThat(v == 0).isTrue(); // -0.0 allowed
            out = tier.of(new double[] {1, 1, 1});
            psi.inverse(z, out);
            for (double v : out.toDoubleArray()) assertThat(v == 0).isTrue();
        }
        DfpField field = new DfpField(30);
        Dfp[] z = {field.getZero(), field.getZero()};
        assertThat(psi.gradient(z)).allMatch(Dfp::isZero);
        assertThat(psi.inverse(z)).allMatch(Dfp::isZero);
        assertThat(psi.value(z).isZero()).isTrue();
    }

    @Test
    void descriptionAndDomain() {
        NormSquaredPotential psi = new NormSquaredPotential(value(3, 1));
        assertThat(psi.domain()).isEqualTo("all of R^d");
        assertThat(psi.domainViolation(new double[] {-1, 0, 1})).isNull();
        assertThat(psi.describe()).contains("3");
        assertThat(psi.derived().get("(grad psi)^-1(theta)").get("text"))
                .containsAnyOf("q = 3/2", "q = 3 / 2");
    }
}
