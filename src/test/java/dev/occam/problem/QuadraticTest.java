package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * f(w) = 1/2 w^T A w + b^T w with A = [[2, 1], [1, 2]], b = (-1, 0): w* = (2/3, -1/3), f(w*) =
 * -1/3.
 */
class QuadraticTest {
    private static final Value[][] A = {{Value.of(2), Value.of(1)}, {Value.of(1), Value.of(2)}};
    private static final Value[] B = {Value.of(-1), Value.of(0)};

    @Test
    void theLossIsTheGapToTheMinimumAndTheGradientAffine() {
        Quadratic q = Quadratic.of(A, B);
        Objective f = q.objective(Tier.forDigits(16));
        Vec w = Tier.forDigits(16).of(new double[] {1, 1});
        // f(1, 1) = 1/2 (2 + 2 + 2) - 1 = 2, so L = 2 + 1/3; grad = A w + b = (2, 3)
        assertThat(f.loss(w).doubleValue()).isCloseTo(7.0 / 3, offset(1e-15));
        Vec g = Tier.forDigits(16).zeros(2);
        f.gradient(w, g);
        assertThat(g.toDoubleArray()).containsExactly(2.0, 3.0);
    }

    @Test
    void itsModesAreTheErrorUnderA() {
        LinearModes m =
                Quadratic.of(A, B).affineGradient().from(new Value[] {Value.of(1), Value.of(1)});
        assertThat(m.scale()).isEqualTo(1);
        assertThat(m.limit()).containsExactly(new BigFraction(2, 3), new BigFraction(-1, 3));
        assertThat(m.start()).containsExactly(new BigFraction(1, 3), new BigFraction(4, 3));
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        Value[][] indefinite = {{Value.of(1), Value.of(2)}, {Value.of(2), Value.of(1)}};
        assertThatThrownBy(() -> Quadratic.of(indefinite, B))
                .hasMessageContaining("positive definite");
        Value[][] asymmetric = {{Value.of(2), Value.of(1)}, {Value.of(0), Value.of(2)}};
        assertThatThrownBy(() -> Quadratic.of(asymmetric, B)).hasMessageContaining("symmetric");
    }
}
