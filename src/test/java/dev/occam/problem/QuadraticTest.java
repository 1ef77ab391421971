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
    void aMatrixThatIsNotPositiveSemidefiniteIsRefused() {
        // eigenvalues 3 and -1
        Value[][] indefinite = {{Value.of(1), Value.of(2)}, {Value.of(2), Value.of(1)}};
        assertThatThrownBy(() -> Quadratic.of(indefinite, B))
                .hasMessageContaining("positive semidefinite");
        // a zero diagonal entry with a nonzero entry in its row: [[0, 1], [1, 0]] has eigenvalue -1
        Value[][] zeroDiagonal = {{Value.of(0), Value.of(1)}, {Value.of(1), Value.of(0)}};
        assertThatThrownBy(() -> Quadratic.of(zeroDiagonal, B))
                .hasMessageContaining("positive semidefinite");
        // [[1, 1, 0], [1, 1, 0], [0, 0, -1/1000]]: the negative entry comes after a pivot
        Value[][] late = {
            {Value.of(1), Value.of(1), Value.of(0)},
            {Value.of(1), Value.of(1), Value.of(0)},
            {Value.of(0), Value.of(0), Value.of(new BigFraction(-1, 1000), "-1/1000")}
        };
        assertThatThrownBy(
                        () ->
                                Quadratic.of(
                                        late, new Value[] {Value.of(0), Value.of(0), Value.of(0)}))
                .hasMessageContaining("positive semidefinite");
        Value[][] asymmetric = {{Value.of(2), Value.of(1)}, {Value.of(0), Value.of(2)}};
        assertThatThrownBy(() -> Quadratic.of(asymmetric, B)).hasMessageContaining("symmetric");
    }

    /**
     * A = [[1, 1], [1, 1]] (eigenvalues 2 on (1, 1) and 0 on (1, -1)), b = (-1, -1) = -A (1, 0):
     * the minimizers are the line w1 + w2 = 1; the one nearest w0 = (2, 0) is its projection (2, 0)
     * - (2 + 0 - 1)/2 (1, 1) = (3/2, -1/2), the least-norm one (1/2, 1/2).
     */
    @Test
    void aSingularMatrixHasTheMinimizerNearestTheStart() {
        Value[][] a = {{Value.of(1), Value.of(1)}, {Value.of(1), Value.of(1)}};
        Quadratic q = Quadratic.of(a, new Value[] {Value.of(-1), Value.of(-1)});
        assertThat(q.singular()).isTrue();
        assertThat(q.minimizer())
                .extracting(Value::rational)
                .containsExactly(new BigFraction(1, 2), new BigFraction(1, 2));
        LinearModes m = q.affineGradient().from(new Value[] {Value.of(2), Value.of(0)});
        assertThat(m.limit()).containsExactly(new BigFraction(3, 2), new BigFraction(-1, 2));
        // the error (1/2, 1/2) lies in range(A): the zero mode is not excited
        assertThat(m.start()).containsExactly(new BigFraction(1, 2), new BigFraction(1, 2));
        // the loss is the same gap to every minimizer: L(2, 0) = 1/2 (1/2, 1/2) A (1/2, 1/2) = 1/2
        Objective f = q.objective(Tier.forDigits(16));
        assertThat(f.loss(Tier.forDigits(16).of(new double[] {2, 0})).doubleValue())
                .isCloseTo(0.5, offset(1e-15));
    }

    @Test
    void aLinearTermOutsideTheRangeIsRefused() {
        // b = (1, 0) has a component on the null direction (1, -1): f -> -infinity along it
        Value[][] a = {{Value.of(1), Value.of(1)}, {Value.of(1), Value.of(1)}};
        assertThatThrownBy(() -> Quadratic.of(a, new Value[] {Value.of(1), Value.of(0)}))
                .isInstanceOf(Quadratic.OffRange.class)
                .hasMessageContaining("range(A)")
                .hasMessageContaining("unbounded below");
    }
}
