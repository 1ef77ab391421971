package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/**
 * Steepest directions of a gradient in log-polar form, g_j = signs_j e^(logs_j) (LogDomainNorm).
 */
class LogDomainNormTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private static double tolerance(int digits) {
        return digits == 16 ? 1e-13 : digits == 32 ? 1e-29 : 1e-40;
    }

    /**
     * Sign descent: -||g||_1 sign(g) for g = (-e^0.5, e^-900, 0). By hand: ||g||_1 = e^0.5 (1 +
     * e^-900.5), the second coordinate moves by -e^0.5 like the first moves by +e^0.5, the third
     * not at all. Formed in the linear domain, g_2 = e^-900 underflows and coordinate 2 would not
     * move.
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void signDescentMovesACoordinateWhoseComponentUnderflows(int digits) {
        Tier tier = Tiers.forDigits(digits);
        Vec signs = tier.of(new double[] {-1, 1, 0});
        Vec logs = tier.of(new double[] {0.5, -900, NEG_INF});
        Vec out = tier.zeros(3);
        ((LogDomainNorm) Norms.linf()).steepest(signs, logs, out);
        BigDecimal e05 = new BigDecimal("1.6487212707001281468486507878141635716537761007101");
        assertClose(out, new BigDecimal[] {e05, e05.negate(), BigDecimal.ZERO}, tolerance(digits));
        if (digits <= 32) {
            Vec g = tier.zeros(3);
            g.signedExp(signs, logs, tier.scalar(0), tier.scalar(1));
            Norms.linf().steepest(g, out);
            assertThat(out.get(1)).as("the linear-domain form freezes the coordinate").isZero();
        }
    }

    /**
     * Coordinate descent: the largest log |g_j| wins; g = (e^-3, -e^-2, e^-2.5) moves coordinate 2
     * by e^-2.
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void coordinateDescentTakesTheLargestLog(int digits) {
        Tier tier = Tiers.forDigits(digits);
        Vec out = tier.zeros(3);
        ((LogDomainNorm) Norms.l1())
                .steepest(
                        tier.of(new double[] {1, -1, 1}),
                        tier.of(new double[] {-3, -2, -2.5}),
                        out);
        BigDecimal em2 = new BigDecimal("0.13533528323661269189399949497248440340763154590958");
        assertClose(
                out, new BigDecimal[] {BigDecimal.ZERO, em2, BigDecimal.ZERO}, tolerance(digits));
    }

    /**
     * l_100 (q = 100/99): g = (e^0, -e^-800). The direction's second component is ||u||_q^(2-q)
     * |u_2|^(q-1) = e^(-800/99) ~ 3.1e-4, not negligible, though g_2 underflows double. mpmath at
     * 100 digits (u = (1, -e^-800), direction -||u||_q^(2-q) sign(u)|u|^(q-1)): (-1, 3.0942...e-4).
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void lpWithLargePMagnifiesTinyComponents(int digits) {
        Tier tier = Tiers.forDigits(digits);
        Vec out = tier.zeros(2);
        Norm norm = Norms.lp(Value.of(100));
        ((LogDomainNorm) norm)
                .steepest(tier.of(new double[] {1, -1}), tier.of(new double[] {0, -800}), out);
        assertClose(
                out,
                new BigDecimal[] {
                    BigDecimal.ONE.negate(),
                    new BigDecimal("0.000309420897277613056476596266295659504025056351")
                },
                tolerance(digits));
    }

    /** Where nothing underflows, the log-polar form gives the same direction as the plain one. */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void agreesWithThePlainDirection(int digits) {
        Tier tier = Tiers.forDigits(digits);
        Random r = new Random(11);
        Norm[] norms = {
            Norms.l1(),
            Norms.linf(),
            Norms.lp(Value.of(new BigFraction(3, 2), "3/2")),
            Norms.lp(Value.of(7))
        };
        for (Norm norm : norms) {
            double[] s = new double[6];
            double[] l = new double[6];
            for (int j = 0; j < 6; j++) {
                s[j] = r.nextInt(3) - 1;
                l[j] = s[j] == 0 ? NEG_INF : r.nextDouble() * 4 - 3;
            }
            Vec signs = tier.of(s);
            Vec logs = tier.of(l);
            Vec g = tier.zeros(6);
            g.signedExp(signs, logs, tier.scalar(0), tier.scalar(1));
            Vec plain = tier.zeros(6);
            norm.steepest(g, plain);
            Vec viaLogs = tier.zeros(6);
            ((LogDomainNorm) norm).steepest(signs, logs, viaLogs);
            assertClose(viaLogs, plain.decimals(), 10 * tolerance(digits));
        }
    }

    /** Norm-wise: max_j |out_j - expected_j| <= tol max_j |expected_j|. */
    private static void assertClose(Vec out, BigDecimal[] expected, double tol) {
        BigDecimal scale = BigDecimal.ZERO;
        for (BigDecimal e : expected) scale = scale.max(e.abs());
        for (int j = 0; j < expected.length; j++) {
            double err =
                    out.decimal(j)
                            .subtract(expected[j])
                            .abs()
                            .divide(scale, MathContext.DECIMAL64)
                            .doubleValue();
            assertThat(err)
                    .as("component %d: %s vs %s", j, out.decimal(j), expected[j])
                    .isLessThanOrEqualTo(tol);
        }
    }
}
