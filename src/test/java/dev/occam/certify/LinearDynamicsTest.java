package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.LinearUpdate.Kind;
import dev.occam.certify.LinearDynamics.Fate;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Value;
import dev.occam.problem.AffineGradient;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.LinearModes;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

/**
 * The exact fate of linear methods on least squares, against fates worked out by hand. With X =
 * [[1, 0, 0], [0, 2, 0]], y = (1, 2): X X^T = diag(1, 4), the interpolants are (1, 1, w3), and w0 -
 * p = X^T a with a = ((w0_1 - 1), 2 (w0_2 - 1)) / (1, 4) excites eigenvalue 1 iff w0_1 != 1 and
 * eigenvalue 4 iff w0_2 != 1. Gradient descent multiplies mode lambda by 1 - 2 eta lambda, so with
 * eta = 2/5 mode 1 contracts (1/5) and mode 4 grows (-11/5); with eta = 1/4 mode 4 flips sign
 * forever (-1). Heavy ball (beta = 1/2) is stable iff 2 eta lambda < 2 (1 + beta), Nesterov iff 2
 * eta lambda < (2 + 2 beta)/(1 + 2 beta).
 */
class LinearDynamicsTest {
    private static final LeastSquares PROBLEM =
            new LeastSquares(
                    new Value[][] {
                        {Value.of(1), Value.of(0), Value.of(0)},
                        {Value.of(0), Value.of(2), Value.of(0)}
                    },
                    new Value[] {Value.of(1), Value.of(2)});

    private static LinearDynamics.Decision decide(Kind m, String eta, double beta, long... w0) {
        Value[] w = new Value[3];
        for (int j = 0; j < 3; j++) w[j] = Value.of(w0[j]);
        return LinearDynamics.decide(
                PROBLEM,
                w,
                m,
                Norms.exact(new BigDecimal(eta)),
                beta,
                SpectralBounds.of(PROBLEM.x(), "X X^T"));
    }

    @ParameterizedTest(name = "eta {0}, w0 ({1}, {2}): {3}")
    @CsvSource({
        // every mode below the threshold 1/eta = 5: any start converges
        "0.2,  3, 7, CONVERGES",
        // eta = 2/5: 1/eta = 2.5 lies between the eigenvalues 1 and 4
        "0.4,  3, 1, CONVERGES", // only mode 1 is excited (w0_2 = 1)
        "0.4,  1, 7, DIVERGES", // mode 4 is excited
        "0.4,  3, 7, DIVERGES",
        "0.4,  1, 1, FIXED", // w0 interpolates: rounding would excite mode 4, exact arithmetic does
        // not
        // eta = 1/4: mode 4 sits exactly at the threshold
        "0.25, 1, 7, OSCILLATES",
        "0.25, 3, 1, CONVERGES",
        // above every eigenvalue's threshold (1/eta = 0.5 < 1)
        "2,    3, 7, DIVERGES",
    })
    void gradientDescent(String eta, long w1, long w2, Fate fate) {
        LinearDynamics.Decision d = decide(Kind.GRADIENT_DESCENT, eta, 0, w1, w2, 5);
        assertThat(d.fate()).as(d.reason()).isEqualTo(fate);
        assertThat(d.reason()).startsWith("exact:");
        if (d.converges()) {
            // the limit keeps the null-space coordinate of w0 and interpolates: (1, 1, 5)
            assertThat(d.limit())
                    .containsExactly(BigFraction.ONE, BigFraction.ONE, new BigFraction(5));
        } else {
            assertThat(d.limit()).isNull();
        }
    }

    @Test
    void heavyBallAndNesterovHaveTheirOwnThresholds() {
        // heavy ball, beta 1/2: 2 eta 4 < 3 iff eta < 3/8
        assertThat(decide(Kind.HEAVY_BALL, "0.3", 0.5, 1, 7, 0).fate()).isEqualTo(Fate.CONVERGES);
        assertThat(decide(Kind.HEAVY_BALL, "0.375", 0.5, 1, 7, 0).fate())
                .isEqualTo(Fate.OSCILLATES);
        assertThat(decide(Kind.HEAVY_BALL, "0.4", 0.5, 1, 7, 0).fate()).isEqualTo(Fate.DIVERGES);
        assertThat(decide(Kind.HEAVY_BALL, "0.4", 0.5, 3, 1, 0).fate()).isEqualTo(Fate.CONVERGES);
        // Nesterov, beta 1/2: 2 eta 4 < 3/2 iff eta < 3/16
        assertThat(decide(Kind.NESTEROV, "0.15", 0.5, 1, 7, 0).fate()).isEqualTo(Fate.CONVERGES);
        assertThat(decide(Kind.NESTEROV, "0.1875", 0.5, 1, 7, 0).fate()).isEqualTo(Fate.OSCILLATES);
        assertThat(decide(Kind.NESTEROV, "0.2", 0.5, 1, 7, 0).fate()).isEqualTo(Fate.DIVERGES);
    }

    @Test
    void irrationalDataAreNotDecided() {
        LeastSquares irrational =
                new LeastSquares(
                        new Value[][] {
                            {
                                Value.irrational(
                                        new BigDecimal("1.4142135623730950488"), "Sqrt(2)"),
                                Value.of(1)
                            }
                        },
                        new Value[] {Value.of(1)});
        assertThat(
                        LinearDynamics.decide(
                                irrational,
                                new Value[] {Value.of(0), Value.of(0)},
                                Kind.GRADIENT_DESCENT,
                                new BigFraction(1, 10),
                                0,
                                SpectralBounds.of(irrational.x(), "X X^T")))
                .isNull();
    }

    @Test
    void descartesCountsTheRootsAboveTheShift() {
        // (x - 1)(x - 4) = x^2 - 5x + 4; shifted by 5/2: x^2 - 9/4, one root (3/2) above 0
        BigFraction[] q = {new BigFraction(4), new BigFraction(-5), BigFraction.ONE};
        BigFraction[] shifted = LinearDynamics.taylorShift(q, new BigFraction(5, 2));
        assertThat(shifted)
                .containsExactly(new BigFraction(-9, 4), BigFraction.ZERO, BigFraction.ONE);
        assertThat(LinearDynamics.signVariations(shifted)).isEqualTo(1);
        // shifted by 4: x^2 + 3x, a root at 0 (not above) and one at -3
        BigFraction[] atRoot = LinearDynamics.taylorShift(q, new BigFraction(4));
        assertThat(atRoot[0]).isEqualTo(BigFraction.ZERO);
        assertThat(LinearDynamics.signVariations(atRoot)).isZero();
        // shifted by 0: both roots above
        assertThat(LinearDynamics.signVariations(q)).isEqualTo(2);
    }

    @Test
    void theMinimalPolynomialHasTheExcitedEigenvaluesAsRoots() {
        BigFraction[][] k = diag14();
        // a = (1, 0) excites only 1: q(x) = x - 1
        assertThat(
                        LinearDynamics.minimalPolynomial(
                                k, new BigFraction[] {BigFraction.ONE, BigFraction.ZERO}))
                .containsExactly(BigFraction.MINUS_ONE, BigFraction.ONE);
        // a = (1, 1) excites both: (x - 1)(x - 4)
        assertThat(
                        LinearDynamics.minimalPolynomial(
                                k, new BigFraction[] {BigFraction.ONE, BigFraction.ONE}))
                .containsExactly(new BigFraction(4), new BigFraction(-5), BigFraction.ONE);
    }

    @Test
    void leastSquaresReducesToTheModesOfXXt() {
        // w0 = (3, 7, 5): X w0 - y = (2, 12), a_0 = K^-1 (2, 12) = (2, 3), p = w0 - X^T a_0 = (1,
        // 1, 5)
        LinearModes modes =
                PROBLEM.affineGradient().from(new Value[] {Value.of(3), Value.of(7), Value.of(5)});
        assertThat(modes.k()).isDeepEqualTo(diag14());
        assertThat(modes.start()).containsExactly(new BigFraction(2), new BigFraction(3));
        assertThat(modes.limit())
                .containsExactly(BigFraction.ONE, BigFraction.ONE, new BigFraction(5));
        assertThat(modes.scale()).isEqualTo(2);
        assertThat(PROBLEM.affineGradient().modes()).isEqualTo(2);
    }

    @Test
    void theDecisionThroughTheCapabilityKeepsLeastSquaresWording() {
        SpectralBounds spectrum = SpectralBounds.of(PROBLEM.x(), "X X^T");
        LinearDynamics.Decision d = decide(Kind.GRADIENT_DESCENT, "0.2", 0, 3, 7, 5);
        assertThat(d.reason())
                .isEqualTo(
                        "exact: constant-step gradient descent on least squares is linear; every eigenvalue of X X^T "
                                + "is below lambda* = "
                                + Numbers.sci(5)
                                + " ("
                                + spectrum.proof()
                                + "), where a mode contracts: w_t -> p = "
                                + "w0 - X^T (X X^T)^-1 (X w0 - y) exactly");
        // without the spectrum from least-squares facts, the same bounds are proved from K itself
        LinearDynamics.Decision own =
                LinearDynamics.decide(
                        PROBLEM,
                        new Value[] {Value.of(3), Value.of(7), Value.of(5)},
                        Kind.GRADIENT_DESCENT,
                        new BigFraction(1, 5),
                        0,
                        null);
        assertThat(own.fate()).isEqualTo(Fate.CONVERGES);
        assertThat(own.limit()).isEqualTo(d.limit());
    }

    /**
     * f(w) = 1/2 w^T A w + b^T w with A = diag(1, 4), b = (-1, -4): p = (1, 1), a_0 = w0 - p, scale
     * 1, so gradient descent multiplies mode lambda by 1 - eta lambda and lambda* = 2/eta, twice
     * least squares' threshold for the same K.
     */
    @ParameterizedTest(name = "eta {0}, w0 ({1}, {2}): {3}")
    @CsvSource({
        "0.4, 3, 7, CONVERGES", // 2/eta = 5 > 4
        "0.6, 3, 1, CONVERGES", // 2/eta = 10/3: only mode 1 excited
        "0.6, 3, 7, DIVERGES", // mode 4 excited and above
        "0.5, 1, 7, OSCILLATES", // 2/eta = 4: mode 4 at the threshold
        "0.5, 1, 1, FIXED",
    })
    void aQuadraticDecidesWithItsOwnScale(String eta, long w1, long w2, Fate fate) {
        LinearDynamics.Decision d =
                LinearDynamics.decide(
                        QUADRATIC,
                        new Value[] {Value.of(w1), Value.of(w2)},
                        Kind.GRADIENT_DESCENT,
                        Norms.exact(new BigDecimal(eta)),
                        0,
                        null);
        assertThat(d.fate()).as(d.reason()).isEqualTo(fate);
        assertThat(d.reason()).doesNotContain("X X^T");
        if (d.converges()) assertThat(d.limit()).containsExactly(BigFraction.ONE, BigFraction.ONE);
    }

    private static final AffineGradient QUADRATIC =
            new AffineGradient() {
                @Override
                public int modes() {
                    return 2;
                }

                @Override
                public LinearModes from(Value[] w0) {
                    BigFraction[] a = {w0[0].rational().subtract(1), w0[1].rational().subtract(1)};
                    return new LinearModes(
                            diag14(),
                            a,
                            new BigFraction[] {BigFraction.ONE, BigFraction.ONE},
                            1,
                            new LinearModes.Words(
                                    "the quadratic",
                                    "A",
                                    "-A^-1 b",
                                    "w0 minimizes L (A w0 + b = 0)",
                                    "w0 is not the minimizer",
                                    "w(t) = p + exp(-t A) (w0 - p), where every eigenvalue of A"));
                }
            };

    private static BigFraction[][] diag14() {
        return new BigFraction[][] {
            {BigFraction.ONE, BigFraction.ZERO}, {BigFraction.ZERO, new BigFraction(4)}
        };
    }
}
