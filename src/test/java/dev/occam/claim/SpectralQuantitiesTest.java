package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;

import org.junit.jupiter.api.Test;

/** sigma-1, sigma-2 and nuclear-norm of a matrix iterate, against values derived by hand. */
class SpectralQuantitiesTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    private static MatrixLeastSquares completion() {
        // one observed entry of a 2 x 2 matrix: the loss does not matter here, only the shape
        Value[][] x = {{Value.of(1), Value.of(0), Value.of(0), Value.of(0)}};
        return new MatrixLeastSquares(
                "matrix-completion", 2, 2, new LeastSquares(x, new Value[] {Value.of(1)}));
    }

    @Test
    void singularValuesOfTheIterateAsAMatrix() {
        // W = [[3, 0], [4, 5]]: W^T W = [[25, 20], [20, 25]], eigenvalues 45 and 5
        MatrixLeastSquares p = completion();
        Vec w = DOUBLE.of(new double[] {3, 0, 4, 5});
        double s1 = Quantities.of("sigma-1", p, p.objective(DOUBLE), null, null).at(w, 0, null);
        double s2 = Quantities.of("sigma-2", p, p.objective(DOUBLE), null, null).at(w, 0, null);
        double nuclear =
                Quantities.of("nuclear-norm", p, p.objective(DOUBLE), null, null).at(w, 0, null);
        assertThat(s1).isCloseTo(3 * Math.sqrt(5), within(1e-14));
        assertThat(s2).isCloseTo(Math.sqrt(5), within(1e-14));
        assertThat(nuclear).isCloseTo(4 * Math.sqrt(5), within(1e-14));
    }

    @Test
    void theyAreUnavailableWithoutAMatrixShape() {
        LeastSquares ls =
                new LeastSquares(
                        new Value[][] {{Value.of(1), Value.of(2)}}, new Value[] {Value.of(1)});
        assertThat(Quantities.of("sigma-1", ls, ls.objective(DOUBLE), null, null)).isNull();
        assertThat(Quantities.of("nuclear-norm", ls, ls.objective(DOUBLE), null, null)).isNull();
    }

    /** A rate claim plots its fit on the quantity's panel: every quantity must have one. */
    @Test
    void everyQuantityHasAPlotPanel() {
        for (String q : Quantities.NAMES)
            assertThat(dev.occam.result.Role.Panel.of(q).word()).isEqualTo(q);
    }

    /** A blown-up iterate has no singular values: NaN (not seen), never an exception. */
    @Test
    void aBlownUpIterateHasNoSpectralQuantities() {
        MatrixLeastSquares p = completion();
        Vec w = DOUBLE.of(new double[] {Double.POSITIVE_INFINITY, 0, 1, Double.NaN});
        for (String q :
                new String[] {"sigma-1", "sigma-min", "nuclear-norm", "effective-rank", "det"})
            assertThat(Quantities.of(q, p, p.objective(DOUBLE), null, null).at(w, 0, null))
                    .as(q)
                    .isNaN();
    }
}
