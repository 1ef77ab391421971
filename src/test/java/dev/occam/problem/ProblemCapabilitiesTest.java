package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

/** Each problem kind offers exactly the capabilities the certificates may rely on. */
class ProblemCapabilitiesTest {
    private static final Value[][] X = {{Value.of(1), Value.of(0)}, {Value.of(0), Value.of(2)}};

    @Test
    void leastSquaresHasAnAffineGradientAndSquaredResiduals() {
        LeastSquares ls = new LeastSquares(X, new Value[] {Value.of(1), Value.of(2)});
        assertThat(ls.affineGradient()).isSameAs(ls);
        assertThat(ls.squaredResiduals()).isSameAs(ls);
        assertThat(ls.marginLoss()).isNull();
        assertThat(ls.renderings(Duration.ofSeconds(10)))
                .containsOnlyKeys("L(w) (loss)", "grad L(w)");
    }

    @Test
    void classificationIsAMarginLossOnly() {
        Classification c =
                new Classification(X, new int[] {1, -1}, null, Classification.Loss.LOGISTIC);
        assertThat(c.marginLoss()).isSameAs(c);
        assertThat(c.affineGradient()).isNull();
        assertThat(c.squaredResiduals()).isNull();
    }

    @Test
    void irrationalDataHaveNoExactModes() {
        Value root2 = Value.irrational(new BigDecimal("1.4142135623730950488"), "Sqrt(2)");
        LeastSquares ls =
                new LeastSquares(new Value[][] {{root2, Value.of(1)}}, new Value[] {Value.of(1)});
        assertThat(ls.from(new Value[] {Value.of(0), Value.of(0)})).isNull();
    }
}
