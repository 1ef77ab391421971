package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.symbolic.FormulaException;

import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Separable potentials: mirror map and its inverse in every tier, against formulas written here
 * with Hipparchus.
 */
class SeparablePotentialTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Map<String, SeparablePotential> CACHE = new ConcurrentHashMap<>();

    static SeparablePotential potential(String text) {
        return CACHE.computeIfAbsent(text, t -> SeparablePotential.of(t, LIMIT));
    }

    /**
     * A potential, the range to sample w from, and phi' written independently in double and Dfp.
     */
    record Case(
            String text,
            double lo,
            double hi,
            DoubleUnaryOperator dphi,
            Function<Dfp, Dfp> dphiDfp) {
        @Override
        public String toString() {
            return text;
        }
    }

    static final Case ENTROPY = new Case("x*Log(x) - x", 0.01, 20, Math::log, DfpMath::log);
    static final Case QUARTIC =
            new Case(
                    "x^4/12 + x^2/2",
                    -4,
                    4,
                    x -> x * x * x / 3 + x,
                    x -> x.multiply(x).multiply(x).divide(3).add(x));
    static final Case COSH =
            new Case(
                    "Cosh(x)",
                    -5,
                    5,
                    Math::sinh,
                    x -> DfpMath.exp(x).subtract(DfpMath.exp(x.negate())).divide(2));

    static Stream<Arguments> casesAndTiers() {
        return Stream.of(ENTROPY, QUARTIC, COSH)
                .flatMap(
                        c ->
                                Arrays.stream(TierChecks.DIGITS)
                                        .boxed()
                                        .flatMap(
                                                d ->
                                                        Stream.of(1L, 2L, 3L)
                                                                .map(
                                                                        seed ->
                                                                                Arguments.of(
                                                                                        c, d,
                                                                                        seed))));
    }

    @ParameterizedTest(name = "{0}, {1} digits, seed {2}")
    @MethodSource("casesAndTiers")
    void inverseUndoesTheMirrorMap(Case c, int digits, long seed) {
        SeparablePotential psi = potential(c.text());
        BigDecimal[] w = TierChecks.random(new SplittableRandom(seed), 7, c.lo(), c.hi(), 0.05);
        TierChecks.assertRoundTrip(digits, w, psi::gradient, psi::inverse);
    }

    @ParameterizedTest(name = "{0}, {1} digits, seed {2}")
    @MethodSource("casesAndTiers")
    void gradientIsTheDerivativeWrittenOut(Case c, int digits, long seed) {
        SeparablePotential psi = potential(c.text());
        BigDecimal[] w =
                TierChecks.random(new SplittableRandom(seed + 100), 6, c.lo(), c.hi(), 0.05);
        Tier tier = Tier.forDigits(digits);
        Vec wv = tier.of(w);
        Vec theta = tier.zeros(w.length);
        psi.gradient(wv, theta);
        DfpField field = new DfpField(70);
        for (int i = 0; i < w.length; i++) {
            Dfp expected = c.dphiDfp().apply(field.newDfp(wv.decimal(i).toString()));
            Dfp got = field.newDfp(theta.decimal(i).toString());
            double tol = digits == 16 ? 4e-15 : TierChecks.tolerance(digits);
            // relative to max(|phi'|, 1): phi' of the entropy crosses 0 at w = 1
            double err =
                    got.subtract(expected).abs().toDouble()
                            / Math.max(1, Math.abs(expected.toDouble()));
            assertThat(err).as("%s at %s", c.text(), wv.decimal(i)).isLessThanOrEqualTo(tol);
            if (digits == 16)
                assertThat(theta.get(i))
                        .isCloseTo(
                                c.dphi().applyAsDouble(wv.get(i)),
                                Offset.offset(4e-15 * Math.max(1, Math.abs(theta.get(i)))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dfpMapsAreMutuallyInverseAndTheJacobianMatchesFiniteDifferences(Case c) {
        SeparablePotential psi = potential(c.text());
        DfpField field = new DfpField(80);
        Dfp[] w =
                TierChecks.dfp(
                        field, TierChecks.random(new SplittableRandom(9), 5, c.lo(), c.hi(), 0.05));
        Dfp[] theta = psi.gradient(w);
        Dfp[] back = psi.inverse(theta);
        for (int i = 0; i < w.length; i++)
            assertThat(TierChecks.relErr(back[i], w[i])).isLessThan(1e-60);
        for (int i = 0; i < w.length; i++)
            assertThat(TierChecks.relErr(theta[i], c.dphiDfp().apply(w[i]))).isLessThan(1e-60);
        Dfp[][] jac = psi.inverseJacobian(theta);
        Dfp[][] fd =
                TierChecks.finiteDifferenceJacobian(psi::inverse, theta, field.newDfp("1e-25"));
        for (int i = 0; i < w.length; i++) {
            for (int k = 0; k < w.length; k++) {
                assertThat(jac[i][k].subtract(fd[i][k]).abs().toDouble())
                        .as("J[%d][%d]", i, k)
                        .isLessThan(1e-40 * Math.max(1, Math.abs(fd[i][i].toDouble())));
            }
        }
        // value: sum phi(w_i) against the potential's own gradient by finite differences
        Dfp h = field.newDfp("1e-25");
        for (int i = 0; i < w.length; i++) {
            Dfp[] plus = w.clone();
            Dfp[] minus = w.clone();
            plus[i] = plus[i].add(h);
            minus[i] = minus[i].subtract(h);
            Dfp slope = psi.value(plus).subtract(psi.value(minus)).divide(h.multiply(2));
            assertThat(slope.subtract(theta[i]).abs().toDouble())
                    .isLessThan(1e-40 * Math.max(1, Math.abs(theta[i].toDouble())));
        }
    }

    static Stream<Case> cases() {
        return Stream.of(ENTROPY, QUARTIC, COSH);
    }

    @Test
    void entropyValueIsWrittenOut() {
        SeparablePotential psi = potential(ENTROPY.text());
        DfpField field = new DfpField(60);
        Dfp[] w = {field.newDfp(2), field.newDfp("0.5")};
        Dfp expected =
                field.newDfp(2)
                        .multiply(DfpMath.log(field.newDfp(2)))
                        .subtract(field.newDfp(2))
                        .add(field.newDfp("0.5").multiply(DfpMath.log(field.newDfp("0.5"))))
                        .subtract(field.newDfp("0.5"));
        assertThat(TierChecks.relErr(psi.value(w), expected)).isLessThan(1e-55);
    }

    @Test
    void domains() {
        SeparablePotential entropy = potential(ENTROPY.text());
        assertThat(entropy.domain()).isEqualTo("w > 0");
        assertThat(entropy.domainViolation(new double[] {1, 2, 0.001})).isNull();
        assertThat(entropy.domainViolation(new double[] {1, 0, 3})).contains("w[1]");
        assertThat(entropy.domainViolation(new double[] {1, 2, -3})).contains("w[2]");
        assertThat(entropy.domainViolation(new double[] {Double.NaN})).isNotNull();
        for (Case c : new Case[] {QUARTIC, COSH}) {
            SeparablePotential psi = potential(c.text());
            assertThat(psi.domain()).isEqualTo("all of R^d");
            assertThat(psi.domainViolation(new double[] {-5, 0, 5})).isNull();
        }
        assertThat(entropy.describe()).isNotBlank();
        assertThat(entropy.derived())
                .containsKeys(
                        "phi(x)",
                        "phi'(x) (mirror map)",
                        "phi''(x)",
                        "(phi')^-1(y) (inverse mirror map)");
    }

    @Test
    void convexityIsProvedOnTheRepresentableRangeOfTheDomain() {
        // phi'' = 1/x (entropy), 1/x^2 (Burg): positive on w > 0; x^2 + 1, Cosh(x), 2 - Sin(x):
        // positive on R
        for (String text : new String[] {ENTROPY.text(), "-Log(x)"}) {
            assertThat(potential(text).domain()).isEqualTo("w > 0");
            assertThat(potential(text).convexity())
                    .startsWith("phi'' > 0 proved on [1e-300, 1e300] by interval arithmetic over ");
        }
        for (String text : new String[] {QUARTIC.text(), COSH.text(), "x^2 + Sin(x)"}) {
            assertThat(potential(text).domain()).isEqualTo("all of R^d");
            assertThat(potential(text).convexity())
                    .startsWith("phi'' > 0 proved on [-1e300, 1e300] by interval arithmetic over ");
        }
    }

    @Test
    void aDoubleWellIsRejected() {
        // phi'' = x^2 - 1 < 0 on (-1, 1); phi''(-0.7) < 0 puts it on w > 0, where (0, 1) still
        // fails
        assertRefutedWithin("x^4/12 - x^2/2", x -> x * x - 1, 0, 1);
    }

    /**
     * Non-convex potentials that the 8 probes used before (phi'' > 0 at -0.7, -0.3, -2.5 for the
     * domain, then at 0.05, 0.3, 1, 2.5, 10) accepted, because phi'' dips below 0 only between
     * probes: (x-5)^4/12 - x^2/2 has phi'' = (x-5)^2 - 1, negative exactly on (4, 6), and at the
     * probes 31.49, 27.09, 55.25, 23.5025, 21.09, 15, 5.25, 24; 25/3 (x-3/5)^4 - x^2/2 has phi'' =
     * 100 (x - 0.6)^2 - 1, negative exactly on (0.5, 0.7), and at the probes 168, 80, 960, 29.25,
     * 8, 15, 360, 8835.
     */
    @Test
    void aDipBetweenTheOldProbesIsFound() {
        DoubleUnaryOperator dipAt5 = x -> (x - 5) * (x - 5) - 1;
        DoubleUnaryOperator dipAt06 = x -> 100 * (x - 0.6) * (x - 0.6) - 1;
        for (double probe : new double[] {-0.7, -0.3, -2.5, 0.05, 0.3, 1, 2.5, 10}) {
            assertThat(dipAt5.applyAsDouble(probe)).isPositive();
            assertThat(dipAt06.applyAsDouble(probe)).isPositive();
        }
        assertRefutedWithin("(x-5)^4/12 - x^2/2", dipAt5, 4, 6);
        assertRefutedWithin("25*(x - 3/5)^4/3 - x^2/2", dipAt06, 0.5, 0.7);
    }

    /**
     * Rejected with a message naming a point in [lo, hi] and phi'' there (checked against phi''
     * written here).
     */
    private static void assertRefutedWithin(
            String text, DoubleUnaryOperator d2phi, double lo, double hi) {
        assertThatThrownBy(() -> SeparablePotential.of(text, LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("not strictly convex")
                .satisfies(
                        e -> {
                            Matcher m =
                                    Pattern.compile("phi''\\(([^)]+)\\) = (\\S+)")
                                            .matcher(e.getMessage());
                            assertThat(m.find()).as(e.getMessage()).isTrue();
                            double x = Double.parseDouble(m.group(1));
                            double value = Double.parseDouble(m.group(2));
                            assertThat(x).isBetween(lo, hi);
                            assertThat(value)
                                    .isNegative()
                                    .isCloseTo(d2phi.applyAsDouble(x), Offset.offset(1e-12));
                        });
    }

    @Test
    void aConvexPotentialBeyondIntervalArithmeticIsRejectedAsUnproved() {
        // phi'' = (x - 1)^2 + 1e-20 > 0, but Symja expands it to x^2 - 2x + 1 + 1e-20, whose
        // enclosure on
        // a piece [1 - d, 1 + d] reaches -4d: no double piece around 1 is narrow enough
        assertThatThrownBy(
                        () ->
                                SeparablePotential.of(
                                        "x^4/12 - x^3/3 + x^2/2 + x^2/(2*10^20)", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith(
                        "could not prove phi'' > 0 on [-1e300, 1e300] (interval arithmetic, ");
    }

    @Test
    void nonConvexPotentialsAreRejected() {
        assertThatThrownBy(() -> SeparablePotential.of("-x^2", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("not strictly convex");
        assertThatThrownBy(() -> SeparablePotential.of("Sin(x)", LIMIT))
                .isInstanceOf(FormulaException.class);
        assertThatThrownBy(() -> SeparablePotential.of("x", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("does not have phi'' > 0 on its domain: phi''(");
        // x^4 is strictly convex, but phi''(0) = 0: the inverse mirror map has no derivative there
        assertThatThrownBy(() -> SeparablePotential.of("x^4", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("phi''(0) = 0");
    }

    @ParameterizedTest(name = "{1} digits: {0}")
    @MethodSource("wideScales")
    void inverseHoldsAcrossScales(String text, int digits, double[] ws) {
        // Symja's verified closed form for x^4/12 + x^2/2 is Cardano's formula, which cancels:
        // 4e-6 relative error at w = 100 and NaN at w = 1000 in double
        SeparablePotential psi = potential(text);
        BigDecimal[] w = new BigDecimal[ws.length];
        for (int i = 0; i < w.length; i++) w[i] = new BigDecimal(ws[i]);
        TierChecks.assertRoundTrip(digits, w, psi::gradient, psi::inverse);
    }

    static Stream<Arguments> wideScales() {
        double[] quartic = {-1e4, -1000, -100, -10, -1e-3, 1e-3, 0.5, 3, 10, 30, 100, 1000, 1e4};
        double[] entropy = {1e-8, 1e-3, 0.5, 1, 3, 100, 1e4, 1e8};
        double[] cosh = {-300, -20, -1e-3, 1e-3, 2, 20, 300};
        return Arrays.stream(TierChecks.DIGITS)
                .boxed()
                .flatMap(
                        d ->
                                Stream.of(
                                        Arguments.of(QUARTIC.text(), d, quartic),
                                        Arguments.of(ENTROPY.text(), d, entropy),
                                        Arguments.of(COSH.text(), d, cosh)));
    }

    @Test
    void burgEntropyLivesOnThePositiveOrthant() {
        // phi'' = 1/x^2 is positive for x < 0 too, but -Log(x) is not defined there
        SeparablePotential burg = potential("-Log(x)");
        assertThat(burg.domain()).isEqualTo("w > 0");
        assertThat(burg.domainViolation(new double[] {1, -1})).contains("w[1]");
    }

    @Test
    void entropyInverseIsExp() {
        SeparablePotential psi = potential(ENTROPY.text());
        Tier tier = Tier.forDigits(16);
        Vec theta = tier.of(new double[] {-700, -1, 0, 1, 50});
        Vec w = tier.zeros(5);
        psi.inverse(theta, w);
        for (int i = 0; i < 5; i++) {
            assertThat(w.get(i))
                    .isCloseTo(Math.exp(theta.get(i)), Percentage.withPercentage(1e-12));
        }
    }
}
