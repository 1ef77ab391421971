package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.occam.numeric.Value;
import dev.occam.problem.ModeRecurrence;
import dev.occam.problem.Quadratic;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/**
 * The minimizer, the thresholds of gradient descent, heavy ball and Nesterov, the side of a step
 * and the contraction, against values derived by hand (the bracketing itself: InertiaTest). A =
 * [[2, 1], [1, 2]] has eigenvalues 1 and 3 (eigenvectors (1, -1) and (1, 1)); each mode of
 * curvature-times-step mu evolves by z^2 - B z + C: gradient descent z - (1 - mu), heavy ball z^2 -
 * (1 + beta - mu) z + beta, Nesterov z^2 - (1 + beta)(1 - mu) z + beta (1 - mu), from the update
 * rules of algorithm.Momentum and algorithm.Nesterov written per mode.
 */
class StabilityThresholdTest {
    private static final Value[][] A = matrix(new long[][] {{2, 1}, {1, 2}});
    private static final Value[] B = {Value.of(-1), Value.of(0)};
    private static final Value[] ORIGIN = {Value.of(0), Value.of(0)};

    private static Value[][] matrix(long[][] a) {
        Value[][] m = new Value[a.length][a[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[i].length; j++) m[i][j] = Value.of(a[i][j]);
        return m;
    }

    private static Prediction predict(
            ModeRecurrence.Method kind,
            String eta,
            String beta,
            Value[][] a,
            Value[] b,
            Value[] w0) {
        ModeRecurrence method = new ModeRecurrence(kind, fraction(beta).doubleValue());
        return new StabilityThreshold(method, fraction(eta)).predict(Quadratic.of(a, b), w0, 16);
    }

    private static Prediction predict(ModeRecurrence.Method kind, String eta, String beta) {
        return predict(kind, eta, beta, A, B, ORIGIN);
    }

    private static BigFraction fraction(String s) {
        String[] p = s.split("/");
        return p.length == 1
                ? new BigFraction(Long.parseLong(p[0]))
                : new BigFraction(Long.parseLong(p[0]), Long.parseLong(p[1]));
    }

    private static int side(Prediction p) {
        return p.quantities().get(StabilityThreshold.SIDE)[0].intValueExact();
    }

    /** lo < x <= hi, x exact, and the bracket narrower than 1e-20. */
    private static void brackets(BigDecimal[] bracket, BigDecimal x) {
        assertThat(bracket[0]).isLessThanOrEqualTo(x);
        assertThat(bracket[1]).isGreaterThanOrEqualTo(x);
        assertThat(bracket[1].subtract(bracket[0])).isLessThan(new BigDecimal("1e-20"));
    }

    @Test
    void theMinimizerIsExactAndTheThresholdAQuantity() {
        Prediction p = new StabilityThreshold(null, null).predict(Quadratic.of(A, B), ORIGIN, 16);
        assertThat(p.available()).isTrue();
        assertThat(p.exact()).containsExactly(new BigFraction(2, 3), new BigFraction(-1, 3));
        BigDecimal[] threshold = p.quantities().get("threshold");
        assertThat(threshold[0]).isLessThan(new BigDecimal("0.6666666666666666666666666667"));
        assertThat(threshold[1])
                .isGreaterThanOrEqualTo(new BigDecimal("0.6666666666666666666666666666"));
        assertThat(p.certificate().get("stationarity ||A w* + b||")).startsWith("0 ");
        // no method, no step: no side
        assertThat(p.quantities()).doesNotContainKey(StabilityThreshold.SIDE);
    }

    @Test
    void heavyBallWithHalfMomentumHasThresholdOne() {
        // (2 + 2 beta)/lambda_max = 3/3; at mu = 3 the top mode's z^2 - (3/2 - 3) z + 1/2 = (z +
        // 1)(z + 1/2)
        Prediction p = predict(ModeRecurrence.Method.HEAVY_BALL, "1", "1/2");
        brackets(p.quantities().get("threshold"), BigDecimal.ONE);
        assertThat(side(p)).isZero();
        assertThat(side(predict(ModeRecurrence.Method.HEAVY_BALL, "99/100", "1/2"))).isEqualTo(-1);
        assertThat(side(predict(ModeRecurrence.Method.HEAVY_BALL, "101/100", "1/2"))).isEqualTo(1);
    }

    @Test
    void nesterovWithHalfMomentumHasThresholdOneHalf() {
        // at eta = 1/2 the top mode has mu = 3/2: z^2 - (3/2)(-1/2) z + (1/2)(-1/2) = z^2 + 3/4 z -
        // 1/4 = (z + 1)(z - 1/4), a root -1; (2 + 2 beta)/((1 + 2 beta) lambda_max) = 3/(2 * 3)
        Prediction p = predict(ModeRecurrence.Method.NESTEROV, "1/2", "1/2");
        brackets(p.quantities().get("threshold"), new BigDecimal("0.5"));
        assertThat(side(p)).isZero();
        assertThat(side(predict(ModeRecurrence.Method.NESTEROV, "49/100", "1/2"))).isEqualTo(-1);
        assertThat(side(predict(ModeRecurrence.Method.NESTEROV, "51/100", "1/2"))).isEqualTo(1);
    }

    @Test
    void gradientDescentSidesAreExact() {
        assertThat(side(predict(ModeRecurrence.Method.GRADIENT_DESCENT, "2/3", "0"))).isZero();
        assertThat(side(predict(ModeRecurrence.Method.GRADIENT_DESCENT, "666666/1000000", "0")))
                .isEqualTo(-1);
        assertThat(side(predict(ModeRecurrence.Method.GRADIENT_DESCENT, "7/10", "0"))).isEqualTo(1);
    }

    @Test
    void theContractionIsBracketed() {
        // GD, eta = 1/2: max(|1 - 1/2|, |1 - 3/2|) = 1/2
        brackets(
                predict(ModeRecurrence.Method.GRADIENT_DESCENT, "1/2", "0")
                        .quantities()
                        .get(StabilityThreshold.CONTRACTION),
                new BigDecimal("0.5"));
        // heavy ball, beta = 1/4, eta = 1/4: mu = 1/4 gives (z - 1/2)^2, mu = 3/4 gives z^2 - z/2 +
        // 1/4 with complex roots of modulus sqrt(1/4): both 1/2
        brackets(
                predict(ModeRecurrence.Method.HEAVY_BALL, "1/4", "1/4")
                        .quantities()
                        .get(StabilityThreshold.CONTRACTION),
                new BigDecimal("0.5"));
        // Nesterov, beta = 1/2, eta = 1/3: mu = 1/3 gives z^2 - z + 1/3 (modulus sqrt(1/3)), mu =
        // 1 gives z^2 (roots 0)
        BigDecimal[] rho =
                predict(ModeRecurrence.Method.NESTEROV, "1/3", "1/2")
                        .quantities()
                        .get(StabilityThreshold.CONTRACTION);
        assertThat(rho[0].doubleValue()).isCloseTo(Math.sqrt(1.0 / 3), offset(1e-15));
        assertThat(rho[0].multiply(rho[0]))
                .isLessThanOrEqualTo(
                        new BigDecimal(1)
                                .divide(
                                        new BigDecimal(3),
                                        new java.math.MathContext(
                                                40, java.math.RoundingMode.CEILING)));
        assertThat(rho[1].multiply(rho[1]))
                .isGreaterThanOrEqualTo(
                        new BigDecimal(1)
                                .divide(
                                        new BigDecimal(3),
                                        new java.math.MathContext(
                                                40, java.math.RoundingMode.FLOOR)));
        // above the threshold the contraction exceeds 1: GD, eta = 1, |1 - 3| = 2
        brackets(
                predict(ModeRecurrence.Method.GRADIENT_DESCENT, "1", "0")
                        .quantities()
                        .get(StabilityThreshold.CONTRACTION),
                new BigDecimal("2"));
    }

    @Test
    void aSingularQuadraticTendsToTheMinimizerNearestTheStart() {
        // A = [[2, -1, -1], [-1, 2, -1], [-1, -1, 2]]: eigenvalues 0 (on (1, 1, 1)) and 3, 3; b =
        // (-1, 0, 1) is orthogonal to (1, 1, 1). On (1, 1, 1)^perp A acts as 3 I, so the least-norm
        // solution of A w = (1, 0, -1) is (1/3, 0, -1/3), and the minimizer nearest w0 = (1, 2, 3)
        // adds mean(w0) (1, 1, 1) = 2 (1, 1, 1): (7/3, 2, 5/3)
        Value[][] a = matrix(new long[][] {{2, -1, -1}, {-1, 2, -1}, {-1, -1, 2}});
        Value[] b = {Value.of(-1), Value.of(0), Value.of(1)};
        Value[] w0 = {Value.of(1), Value.of(2), Value.of(3)};
        Prediction p = predict(ModeRecurrence.Method.GRADIENT_DESCENT, "1/2", "0", a, b, w0);
        assertThat(p.available()).isTrue();
        assertThat(p.exact())
                .containsExactly(new BigFraction(7, 3), new BigFraction(2), new BigFraction(5, 3));
        assertThat(p.certificate().get("optimality")).contains("lies in range(A)");
        // the threshold is 2/3; at eta = 1/2 the nonzero modes contract by |1 - 3/2| = 1/2
        assertThat(p.quantities().get("threshold")[0])
                .isLessThan(new BigDecimal("0.6666666666666666666666666667"));
        assertThat(p.quantities().get("threshold")[1])
                .isGreaterThan(new BigDecimal("0.6666666666666666666666666666"));
        brackets(p.quantities().get(StabilityThreshold.CONTRACTION), new BigDecimal("0.5"));
        assertThat(side(predict(ModeRecurrence.Method.GRADIENT_DESCENT, "2/3", "0", a, b, w0)))
                .isZero();
    }
}
