package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/** grad L / L in log-polar form (LogDomainObjective#normalizedGradient(w, signs, logs)). */
class ClassificationLogGradientTest {
    /**
     * z_1 = (1, 0, 0), z_2 = (1, 1, 1), z_3 = (1, -2, 1) at w = (0, 1, 1000): margins 0, 1001, 998.
     */
    private static final long[][] Z = {{1, 0, 0}, {1, 1, 1}, {1, -2, 1}};

    /**
     * Coordinates 2 and 3 get contributions only from z_2 and z_3, whose weights e^-1001 and e^-998
     * (relative to z_1's) underflow double and double-double: the plain normalized gradient has 0
     * there. Component 2 is -(e^-1001 - 2 e^-998)/S > 0 (S = the sum of weights) and component 3 is
     * -(e^-1001 + e^-998)/S < 0, by hand; their logs by mpmath at 100 digits (m = Z w; exponential:
     * L = sum e^-m_n, q_n = e^-m_n / L; logistic: L = sum log1p(e^-m_n), q_n = 1/(1 + e^m_n) / L; g
     * = -Z^T q, then sign and log|g_j|), to 45 digits here.
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void componentsMadeOfUnderflowedTermsKeepSignAndSize(int digits) {
        double[] w = {0, 1, 1000};
        check(
                digits,
                w,
                Classification.Loss.EXPONENTIAL,
                "0",
                new int[] {-1, 1, -1},
                new String[] {
                    "0",
                    "-997.332061437676974283077598569377647733323939",
                    "-997.951412648426257941241074080145310002058118"
                });
        // logistic: q_n = sigmoid(-m_n) / L with L = sum log(1 + e^-m_n), same mpmath script
        check(
                digits,
                w,
                Classification.Loss.LOGISTIC,
                "-0.366512920581664327012439158232669469454263448",
                new int[] {-1, 1, -1},
                new String[] {
                    "-0.326634259978280982404792963225507098621236687",
                    "-996.965548517095309956065159411144978263869676",
                    "-997.584899727844593614228634921912640532603855"
                });
    }

    /**
     * At w = (0, 1, 600) the same components are e^-400 times larger (the margins of z_2, z_3 drop
     * by 400), about 1e-260: representable, and summed linearly in units of the largest weight; the
     * same mpmath script gives the logs above plus 400.
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void tinyRepresentableComponentsAgreeWithMpmath(int digits) {
        double[] w = {0, 1, 600};
        check(
                digits,
                w,
                Classification.Loss.EXPONENTIAL,
                "0",
                new int[] {-1, 1, -1},
                new String[] {
                    "0",
                    "-597.332061437676974283077598569377647733323939",
                    "-597.951412648426257941241074080145310002058118"
                });
        check(
                digits,
                w,
                Classification.Loss.LOGISTIC,
                "-0.366512920581664327012439158232669469454263448",
                new int[] {-1, 1, -1},
                new String[] {
                    "-0.326634259978280982404792963225507098621236687",
                    "-596.965548517095309956065159411144978263869676",
                    "-597.584899727844593614228634921912640532603855"
                });
    }

    private static void check(
            int digits,
            double[] at,
            Classification.Loss loss,
            String logL,
            int[] signs,
            String[] logs) {
        Tier tier = Tier.forDigits(digits);
        LogDomainObjective objective = (LogDomainObjective) classification(Z, loss).objective(tier);
        Vec w = tier.of(at);
        Vec s = tier.zeros(3);
        Vec l = tier.zeros(3);
        // |log| ~ 1000 carries an absolute rounding of about 1000 eps
        double tol = digits == 16 ? 1e-12 : digits == 32 ? 1e-28 : 1e-40;
        BigDecimal logLoss = objective.normalizedGradient(w, s, l).decimal();
        assertThat(logLoss.subtract(new BigDecimal(logL)).abs().doubleValue())
                .as("log L")
                .isLessThan(tol);
        for (int j = 0; j < 3; j++) {
            assertThat(s.get(j)).as("sign %d (%s)", j, loss).isEqualTo(signs[j]);
            assertThat(l.decimal(j).subtract(new BigDecimal(logs[j])).abs().doubleValue())
                    .as("log |g_%d| (%s)", j, loss)
                    .isLessThan(tol);
        }
        if (digits <= 32 && at[2] > 745) {
            // the linear-domain form loses both components: what froze sign descent
            Vec g = tier.zeros(3);
            objective.normalizedGradient(w, g);
            assertThat(g.get(1)).isZero();
            assertThat(g.get(2)).isZero();
        }
    }

    /**
     * Where nothing underflows both forms agree: signs_j e^(logs_j) = (grad L / L)_j to the tier's
     * precision.
     */
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32, 50})
    void agreesWithTheLinearDomainFormWhereNothingUnderflows(int digits) {
        Tier tier = Tier.forDigits(digits);
        SplittableRandom r = new SplittableRandom(7);
        long[][] z = new long[6][4];
        for (long[] row : z) for (int j = 0; j < row.length; j++) row[j] = r.nextInt(-4, 5);
        z[2][1] = 0; // a zero entry, and a column with no negative entry
        for (long[] row : z) row[3] = Math.abs(row[3]) + 1;
        double tol = digits == 16 ? 1e-13 : digits == 32 ? 1e-29 : 1e-44;
        for (Classification.Loss loss : Classification.Loss.values()) {
            LogDomainObjective objective =
                    (LogDomainObjective) classification(z, loss).objective(tier);
            Vec w = tier.of(new double[] {0.3, -1.25, 2, 0.5});
            Vec g = tier.zeros(4);
            Vec s = tier.zeros(4);
            Vec l = tier.zeros(4);
            double logL = objective.normalizedGradient(w, g).doubleValue();
            assertThat(objective.normalizedGradient(w, s, l).doubleValue())
                    .isCloseTo(logL, within(Math.abs(logL) * tol));
            Vec back = tier.zeros(4);
            back.signedExp(s, l, tier.scalar(0), tier.scalar(1));
            BigDecimal scale = BigDecimal.ZERO;
            for (int j = 0; j < 4; j++) scale = scale.max(g.decimal(j).abs());
            for (int j = 0; j < 4; j++) {
                assertThat(
                                back.decimal(j).subtract(g.decimal(j)).abs().doubleValue()
                                        / scale.doubleValue())
                        .as("component %d (%s): %s vs %s", j, loss, back.decimal(j), g.decimal(j))
                        .isLessThan(tol);
            }
        }
    }

    private static Classification classification(long[][] z, Classification.Loss loss) {
        Value[][] x = new Value[z.length][];
        int[] labels = new int[z.length];
        for (int n = 0; n < z.length; n++) {
            x[n] = new Value[z[n].length];
            for (int j = 0; j < z[n].length; j++)
                x[n][j] = Value.of(new BigFraction(z[n][j]), Long.toString(z[n][j]));
            labels[n] = 1;
        }
        return new Classification(x, labels, null, loss);
    }
}
