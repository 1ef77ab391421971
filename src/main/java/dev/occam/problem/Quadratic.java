package dev.occam.problem;

import dev.occam.numeric.Mat;
import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * f(w) = 1/2 w^T A w + b^T w with A symmetric positive definite and rational: the deck's model of
 * the stability threshold (gradient descent converges iff eta < 2 / lambda_max(A)). Its minimizer
 * w* = -A^-1 b is exact, and occam's loss is the gap L(w) = f(w) - f(w*) = 1/2 (w - w*)^T A (w -
 * w*), evaluated in that form: it is >= 0 (so log L and rate laws on the loss are defined) and does
 * not cancel catastrophically near w*. grad L = A w + b = A (w - w*).
 */
public record Quadratic(Value[][] a, Value[] b, Value[] minimizer)
        implements Problem, AffineGradient {
    private static final LinearModes.Words WORDS =
            new LinearModes.Words(
                    "the quadratic 1/2 w^T A w + b^T w",
                    "A",
                    "-A^-1 b",
                    "w0 is the minimizer (A w0 + b = 0)",
                    "w0 is not the minimizer",
                    "w(t) = p + exp(-t A) (w0 - p), where every eigenvalue of A");

    /**
     * Checks A and b and solves for w* exactly; an argument that breaks a precondition throws with
     * the reason.
     */
    public static Quadratic of(Value[][] a, Value[] b) {
        BigFraction[][] exact = RationalLinearAlgebra.fractions(a);
        if (!RationalLinearAlgebra.isSymmetric(exact))
            throw new IllegalArgumentException("A must be symmetric");
        if (!PositiveDefinite.test(exact)) {
            throw new IllegalArgumentException(
                    "A must be positive definite (a leading principal minor is not positive)");
        }
        BigFraction[] minusB = RationalLinearAlgebra.fractions(b);
        for (int i = 0; i < minusB.length; i++) minusB[i] = minusB[i].negate();
        return new Quadratic(
                a, b, RationalLinearAlgebra.values(RationalLinearAlgebra.solve(exact, minusB)));
    }

    @Override
    public String kind() {
        return "quadratic";
    }

    @Override
    public int dimension() {
        return b.length;
    }

    /** The constant Hessian A. */
    @Override
    public Curvature curvature() {
        return new ConstantCurvature(a);
    }

    @Override
    public AffineGradient affineGradient() {
        return this;
    }

    @Override
    public int modes() {
        return dimension();
    }

    /**
     * grad L = A (w - w*): the error a = w - w* evolves by (I - eta A) a under a gradient step, so
     * K = A, s = 1, p = w*.
     */
    @Override
    public LinearModes from(Value[] w0) {
        if (!RationalLinearAlgebra.isRational(w0)) return null;
        BigFraction[] p = RationalLinearAlgebra.fractions(minimizer);
        BigFraction[] start = RationalLinearAlgebra.fractions(w0);
        for (int i = 0; i < start.length; i++) start[i] = start[i].subtract(p[i]);
        return new LinearModes(RationalLinearAlgebra.fractions(a), start, p, 1, WORDS);
    }

    /** 1/2 w^T A w + b^T w - f(w*) and A w + b, entry by entry, or in words for large data. */
    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        if (!LossText.small(a, b)) return Map.of();
        List<String> w = LossText.variables(dimension());
        List<String> gradient = new ArrayList<>();
        StringBuilder quadratic = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            String row = LossText.linear(a[i], w);
            gradient.add(row + LossText.plus(b[i]));
            quadratic
                    .append(quadratic.length() == 0 ? "" : " + ")
                    .append(w.get(i))
                    .append("*(")
                    .append(row)
                    .append(")");
        }
        BigFraction optimum = BigFraction.ZERO; // f(w*) = 1/2 b^T w*
        for (int i = 0; i < b.length; i++)
            optimum = optimum.add(b[i].rational().multiply(minimizer[i].rational()).divide(2));
        String loss =
                "1/2*("
                        + quadratic
                        + ") + "
                        + LossText.linear(b, w)
                        + LossText.plus(Value.of(optimum.negate(), Value.text(optimum.negate())));
        return LossText.explicit(loss, gradient, limit);
    }

    @Override
    public Objective objective(Tier tier) {
        return new Bound(tier, tier.matrix(a), tier.of(minimizer));
    }

    private static final class Bound implements Objective {
        private final Tier tier;
        private final Mat a;
        private final Vec star;
        private final Vec error;
        private final Vec image;

        Bound(Tier tier, Mat a, Vec star) {
            this.tier = tier;
            this.a = a;
            this.star = star;
            this.error = tier.zeros(star.size());
            this.image = tier.zeros(star.size());
        }

        /** error = w - w*, image = A (w - w*). */
        private void image(Vec w) {
            error.set(w);
            error.axpy(-1, star);
            a.multiply(error, image);
        }

        @Override
        public Tier tier() {
            return tier;
        }

        @Override
        public int dimension() {
            return star.size();
        }

        @Override
        public Scalar loss(Vec w) {
            image(w);
            return error.dot(image).multiply(0.5);
        }

        @Override
        public void gradient(Vec w, Vec out) {
            image(w);
            out.set(image);
        }
    }
}
