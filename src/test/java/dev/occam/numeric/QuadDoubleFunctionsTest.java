package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/**
 * The element functions a run applies on every iteration evaluate quad-doubles in quad-double
 * arithmetic: through Dfp (the default for formulas) they cost 0.1 to 0.3 ms per element, and
 * softplus and its log allocated about 150 KB each. Their accuracy is tested in {@link
 * SoftplusTest} and here against exact square roots.
 */
class QuadDoubleFunctionsTest {
    private static final MathContext MC = new MathContext(120);

    /** Dfp's route allocates its digits on every call; quad-double arithmetic allocates nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"softplus", "log softplus", "sqrt", "sqrt + c"})
    void quadDoubleEvaluationAllocatesNothing(String name) {
        ElementFunction f = perIteration(name);
        double[] x = QD.from(new BigDecimal("-3.25"));
        if (name.startsWith("sqrt")) QD.negate(x, 0, x, 0);
        double[] r = new double[4];
        double[] t = new double[ElementFunction.QUAD_DOUBLE_SCRATCH];
        assertThat(Allocation.bytesPerCall(() -> f.applyQuadDouble(x, 0, r, 0, t))).isLessThan(1);
    }

    /** The element functions runs apply on every iteration, by name. */
    static ElementFunction perIteration(String name) {
        return switch (name) {
            case "softplus" -> Softplus.SOFTPLUS;
            case "log softplus" -> Softplus.LOG_SOFTPLUS;
            case "sqrt" -> new SqrtPlus(0);
            default -> new SqrtPlus(1e-8);
        };
    }

    /** sqrt(x) + c against BigDecimal's root of the exact operand, result over the operand. */
    @Test
    void sqrtPlusIsTheRootPlusTheConstant() {
        Random random = new Random(7);
        double[] t = new double[ElementFunction.QUAD_DOUBLE_SCRATCH];
        for (double c : new double[] {0, 1e-8, 0.5}) {
            SqrtPlus f = new SqrtPlus(c);
            for (int k = 0; k < 200; k++) {
                BigDecimal a =
                        new BigDecimal(random.nextDouble())
                                .add(new BigDecimal(random.nextDouble() * 0x1p-60))
                                .multiply(BigDecimal.TEN.pow(random.nextInt(40)));
                double[] x = QD.from(a);
                BigDecimal exact = QD.decimal(x, 0).sqrt(MC).add(new BigDecimal(c));
                f.applyQuadDouble(x, 0, x, 0, t);
                assertThat(QDTest.relative(QD.decimal(x, 0), exact))
                        .as("sqrt(%s) + %s", a, c)
                        .isLessThanOrEqualTo(QDTest.TOL);
            }
        }
        double[] zero = new double[4];
        new SqrtPlus(0).applyQuadDouble(zero, 0, zero, 0, t);
        assertThat(zero).containsExactly(0, 0, 0, 0);
        double[] negative = QD.from(new BigDecimal(-2));
        new SqrtPlus(1).applyQuadDouble(negative, 0, negative, 0, t);
        assertThat(negative[0]).isNaN();
    }
}
