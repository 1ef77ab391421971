package dev.occam.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.StepSize;
import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Symbolic;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The objects reports render: spelled from the data, differentiated correctly, generic when large.
 */
class SymbolicObjectsTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final GradientDescent GD = new GradientDescent(StepSize.constant(0.01, "0.01"));

    private static Value[] row(String... entries) {
        Value[] v = new Value[entries.length];
        for (int i = 0; i < v.length; i++) v[i] = Symbolic.get().number(entries[i], LIMIT);
        return v;
    }

    @Test
    void leastSquaresLossAndGradientFromTheData() {
        Value[][] x = {row("2", "-1", "0", "3"), row("1", "1", "-2", "0")};
        Value[] y = row("1", "1/3");
        Map<String, Map<String, String>> objects =
                SymbolicObjects.of(new LeastSquares(x, y), GD, List.of(), null, LIMIT);
        assertThat(objects.get("L(w) (loss)").get("text"))
                .isEqualTo("(2*w1 - w2 + 3*w4 - 1)^2 + (w1 + w2 - 2*w3 - 1/3)^2");
        assertThat(objects.get("L(w) (loss)").get("mathml"))
                .startsWith("<math")
                .contains("<mfrac><mn>1</mn><mn>3</mn></mfrac>");
        // the rendered gradient, evaluated at w = (1, 2, 3, 4), equals 2 X^T (Xw - y) computed here
        // by hand
        double[] w = {1, 2, 3, 4};
        double[] r = {2 * 1 - 2 + 3 * 4 - 1, 1 + 2 - 2 * 3 - 1.0 / 3};
        double[] expected = {
            2 * (2 * r[0] + r[1]), 2 * (-r[0] + r[1]), 2 * (-2 * r[1]), 2 * (3 * r[0])
        };
        String gradient = objects.get("grad L(w)").get("text");
        String[] parts = gradient.substring(1, gradient.length() - 1).split(", ");
        assertThat(parts).hasSize(4);
        for (int j = 0; j < 4; j++) {
            CompiledFormula g =
                    Symbolic.get()
                            .parse(parts[j], List.of("w1", "w2", "w3", "w4"), LIMIT)
                            .compile();
            assertThat(g.value(w))
                    .as("dL/dw%d", j + 1)
                    .isCloseTo(expected[j], org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void weightedExponentialLossSpellsWeightsAndSigns() {
        Value[][] x = {row("2", "1/2"), row("1", "-2")};
        var problem =
                new Classification(
                        x, new int[] {1, -1}, row("1", "3"), Classification.Loss.EXPONENTIAL);
        Map<String, Map<String, String>> objects =
                SymbolicObjects.of(problem, GD, List.of(), null, LIMIT);
        assertThat(objects.get("L(w) (loss)").get("text"))
                .isEqualTo("Exp(-(2*w1 + 1/2*w2)) + 3*Exp(-(-w1 + 2*w2))");
        assertGradientMatchesFiniteDifferences(objects, 2);
        var logistic = new Classification(x, new int[] {1, -1}, null, Classification.Loss.LOGISTIC);
        assertGradientMatchesFiniteDifferences(
                SymbolicObjects.of(logistic, GD, List.of(), null, LIMIT), 2);
    }

    /**
     * The rendered gradient against central differences of the rendered loss, at w = (0.3, -0.2,
     * ...).
     */
    private static void assertGradientMatchesFiniteDifferences(
            Map<String, Map<String, String>> objects, int d) {
        List<String> vars = new ArrayList<>();
        for (int j = 1; j <= d; j++) vars.add("w" + j);
        CompiledFormula loss =
                Symbolic.get().parse(objects.get("L(w) (loss)").get("text"), vars, LIMIT).compile();
        String gradient = objects.get("grad L(w)").get("text");
        String[] parts = gradient.substring(1, gradient.length() - 1).split(", ");
        assertThat(parts).hasSize(d);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = 0.3 - 0.5 * j;
        for (int j = 0; j < d; j++) {
            double h = 1e-6;
            double[] up = w.clone();
            double[] down = w.clone();
            up[j] += h;
            down[j] -= h;
            double difference = (loss.value(up) - loss.value(down)) / (2 * h);
            double g = Symbolic.get().parse(parts[j], vars, LIMIT).compile().value(w);
            assertThat(g)
                    .as("dL/dw%d of %s", j + 1, objects.get("L(w) (loss)").get("text"))
                    .isCloseTo(
                            difference,
                            org.assertj.core.data.Offset.offset(
                                    1e-7 * Math.max(1, Math.abs(difference))));
        }
    }

    @Test
    void largeOrGeneratedDataIsShownInGenericNotation() {
        Value[][] x = new Value[7][8];
        for (Value[] r : x) Arrays.fill(r, Value.of(1));
        Value[] y = new Value[7];
        Arrays.fill(y, Value.of(2));
        Map<String, String> loss =
                SymbolicObjects.of(new LeastSquares(x, y), GD, List.of(), null, LIMIT)
                        .get("L(w) (loss)");
        assertThat(loss.get("text")).isEqualTo("sum_{n=1}^{7} (x_n.w - y_n)^2");
        assertThat(loss.get("mathml"))
                .contains("<munderover>")
                .contains("<msub><mi>x</mi><mi>n</mi></msub>");
        Value[][] generated = {
            {
                Value.irrational(new BigDecimal("0.12345678901234567"), "0.12345678901234567"),
                Value.of(1)
            }
        };
        var logistic =
                new Classification(generated, new int[] {1}, null, Classification.Loss.LOGISTIC);
        assertThat(
                        SymbolicObjects.of(logistic, GD, List.of(), null, LIMIT)
                                .get("L(w) (loss)")
                                .get("text"))
                .isEqualTo("sum_{n=1}^{1} log(1 + exp(-y_n x_n.w))");
    }

    @Test
    void predictionIsExactWhenReadableElseApproximate() {
        Value[][] x = {row("1", "0", "0"), row("0", "1", "0")};
        var problem = new LeastSquares(x, row("1", "2"));
        BigFraction[] small = {new BigFraction(47, 166), new BigFraction(-1, 3), BigFraction.ONE};
        BigDecimal[] decimals = {
            new BigDecimal("0.283132530120481927"),
            new BigDecimal("-0.3333333333333333"),
            BigDecimal.ONE
        };
        var exact =
                new Prediction(
                        "min-distance-interpolant",
                        decimals,
                        small,
                        Map.of(),
                        List.of(),
                        null,
                        Map.of(),
                        Map.of());
        assertThat(
                        SymbolicObjects.of(problem, GD, List.of(), exact, LIMIT)
                                .get("prediction (exact)")
                                .get("text"))
                .isEqualTo("{47/166,-1/3,1}");
        BigFraction huge =
                new BigFraction(
                        new BigInteger("85273280043989575737642209802614089"),
                        new BigInteger("74006574835444668675935054571724544"));
        var approximate =
                new Prediction(
                        "min-distance-interpolant",
                        decimals,
                        new BigFraction[] {huge, huge, huge},
                        Map.of(),
                        List.of(),
                        null,
                        Map.of(),
                        Map.of());
        Map<String, Map<String, String>> objects =
                SymbolicObjects.of(problem, GD, List.of(), approximate, LIMIT);
        assertThat(objects).doesNotContainKey("prediction (exact)");
        assertThat(objects.get("prediction (approximately)").get("text"))
                .isEqualTo("{0.283132530120, -0.333333333333, 1}");
    }
}
