package dev.occam.problem;

import static dev.occam.numeric.RationalLinearAlgebra.fractions;
import static dev.occam.numeric.RationalLinearAlgebra.isRational;
import static dev.occam.numeric.RationalLinearAlgebra.multiply;
import static dev.occam.numeric.RationalLinearAlgebra.solve;
import static dev.occam.numeric.RationalLinearAlgebra.transpose;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.Mat;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.symbolic.Notation;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * L(w) = sum_i (w.x_i - y_i)^2, the deck's regression loss (no factor 1/2, so grad L = 2 X^T (Xw -
 * y)). Underdetermined and realizable in the theorems it serves: n rows, d > n columns.
 */
public record LeastSquares(Value[][] x, Value[] y)
        implements Problem, SquaredResiduals, AffineGradient {
    private static final LinearModes.Words WORDS =
            new LinearModes.Words(
                    "least squares",
                    "X X^T",
                    "w0 - X^T (X X^T)^-1 (X w0 - y)",
                    "w0 interpolates (X w0 = y)",
                    "w0 is not an interpolant",
                    "w(t) = p + exp(-2t X^T X) (w0 - p) with w0 - p in the row space, where every eigenvalue of X^T X");

    @Override
    public String kind() {
        return "least-squares";
    }

    @Override
    public int dimension() {
        return x[0].length;
    }

    @Override
    public int rows() {
        return x.length;
    }

    @Override
    public SquaredResiduals squaredResiduals() {
        return this;
    }

    /** The constant Hessian 2 X^T X (occam's loss has no 1/2). */
    @Override
    public Curvature curvature() {
        return ConstantCurvature.twiceGram(x);
    }

    @Override
    public AffineGradient affineGradient() {
        return this;
    }

    @Override
    public int modes() {
        return rows();
    }

    /**
     * grad L = 2 X^T (Xw - y), so with K = X X^T, a_0 = K^-1 (X w0 - y) and p = w0 - X^T a_0 (the
     * interpolant nearest w0) every gradient-type iterate is w_t = p + X^T a_t, and a step maps a
     * to (I - 2 eta K) a.
     */
    @Override
    public LinearModes from(Value[] w0) {
        if (!isRational(x) || !isRational(y) || !isRational(w0)) return null;
        if (BinaryGram.isLarge(x)) return null; // see BinaryGram: proofs in floating point instead
        BigFraction[][] xq = fractions(x);
        BigFraction[] yq = fractions(y);
        BigFraction[] w = fractions(w0);
        BigFraction[][] k = multiply(xq, transpose(xq));
        BigFraction[] c = multiply(xq, w);
        for (int i = 0; i < c.length; i++) c[i] = c[i].subtract(yq[i]);
        BigFraction[] a;
        try {
            a = solve(k, c);
        } catch (ArithmeticException singular) {
            return null;
        }
        BigFraction[] p = w.clone();
        BigFraction[] back = multiply(transpose(xq), a);
        for (int j = 0; j < p.length; j++) p[j] = p[j].subtract(back[j]);
        return new LinearModes(k, a, p, 2, WORDS);
    }

    /**
     * sum_i (x_i.w - y_i)^2 and 2 X^T (Xw - y) entry by entry, or the generic sum of squared
     * residuals for large data.
     */
    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        if (!LossText.small(x, y))
            return LossText.generic(() -> Notation.sumOfSquaredResiduals(rows(), limit));
        List<String> w = LossText.variables(dimension());
        List<String> terms = new ArrayList<>();
        List<List<String>> gradient = LossText.entries(dimension());
        for (int i = 0; i < x.length; i++) {
            String residual = "(" + LossText.linear(x[i], w) + LossText.plus(y[i].negate()) + ")";
            terms.add(residual + "^2");
            for (int j = 0; j < w.size(); j++) {
                if (!LossText.isZero(x[i][j]))
                    gradient.get(j).add(LossText.times(LossText.coefficient(x[i][j]), residual));
            }
        }
        return LossText.explicit(
                LossText.sum(terms),
                gradient.stream().map(g -> "2*(" + LossText.sum(g) + ")").toList(),
                limit);
    }

    @Override
    public Objective objective(Tier tier) {
        Vec[] rows = new Vec[x.length];
        for (int i = 0; i < x.length; i++) rows[i] = tier.of(x[i]);
        return new Bound(tier, tier.matrix(x), tier.of(y), rows);
    }

    private static final class Bound implements Objective {
        private final Tier tier;
        private final Mat x;
        private final Vec y;
        private final Vec residual;
        private final Vec[] rows;

        Bound(Tier tier, Mat x, Vec y, Vec[] rows) {
            this.tier = tier;
            this.x = x;
            this.y = y;
            this.residual = tier.zeros(x.rows());
            this.rows = rows;
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
            x.residualGradient(w, y, residual, out);
            out.scale(2);
        }

        @Override
        public int terms() {
            return rows.length;
        }

        /** l_i = (x_i.w - y_i)^2, so grad l_i = 2 (x_i.w - y_i) x_i. */
        @Override
        public void addTermGradient(Vec w, int i, Scalar a, Vec out) {
            Scalar r = rows[i].dot(w).subtract(y.element(i));
            out.axpy(r.multiply(a).multiply(2), rows[i]);
        }
    }
}
