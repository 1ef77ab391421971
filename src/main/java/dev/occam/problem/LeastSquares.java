package dev.occam.problem;

import dev.occam.numeric.Mat;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

/**
 * L(w) = sum_i (w.x_i - y_i)^2, the deck's regression loss (no factor 1/2, so grad L = 2 X^T (Xw - y)).
 * Underdetermined and realizable in the theorems it serves: n rows, d > n columns.
 */
public record LeastSquares(Value[][] x, Value[] y) implements Problem {

    @Override
    public String kind() {
        return "least-squares";
    }

    @Override
    public int dimension() {
        return x[0].length;
    }

    public int rows() {
        return x.length;
    }

    @Override
    public Objective objective(Tier tier) {
        return new Bound(tier, tier.matrix(x), tier.of(y));
    }

    private static final class Bound implements Objective {
        private final Tier tier;
        private final Mat x;
        private final Vec y;
        private final Vec residual;

        Bound(Tier tier, Mat x, Vec y) {
            this.tier = tier;
            this.x = x;
            this.y = y;
            this.residual = tier.zeros(x.rows());
        }

        private void residual(Vec w) {
            x.multiply(w, residual);
            residual.axpy(-1, y);
        }

        @Override
        public Tier tier() {
            return tier;
        }

        @Override
        public int dimension() {
            return x.cols();
        }

        @Override
        public Scalar loss(Vec w) {
            residual(w);
            return residual.dot(residual);
        }

        @Override
        public void gradient(Vec w, Vec out) {
            residual(w);
            x.multiplyTransposed(residual, out);
            out.scale(2);
        }
    }
}
