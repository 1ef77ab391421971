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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * f(w) = 1/2 w^T A w + b^T w with A symmetric positive semidefinite and rational: the deck's model
 * of the stability threshold (gradient descent converges iff eta < 2 / lambda_max(A)). When A is
 * singular, b must lie in range(A) (else f is unbounded below along a null direction of A, and
 * gradient descent drifts along it for every step); the minimizers are then the affine set {A w =
 * -b}, and a linear method from w0 tends to the one nearest w0 (w - w0 stays in range(A), the
 * orthogonal complement of the set's directions). {@code minimizer} is the one of least norm (w* =
 * -A^-1 b when A is definite). occam's loss is the gap L(w) = f(w) - f(w*) = 1/2 (w - w*)^T A (w -
 * w*), the same for every minimizer, evaluated in that form: it is >= 0 (so log L and rate laws on
 * the loss are defined) and does not cancel catastrophically near w*. grad L = A w + b = A (w -
 * w*).
 */
public record Quadratic(Value[][] a, Value[] b, Value[] minimizer, boolean singular)
        implements Problem, AffineGradient {
    private static final LinearModes.Words WORDS =
            new LinearModes.Words(
                    "the quadratic 1/2 w^T A w + b^T w",
                    "A",
                    "-A^-1 b",
                    "w0 is the minimizer (A w0 + b = 0)",
                    "w0 is not the minimizer",
                    "w(t) = p + exp(-t A) (w0 - p), where every eigenvalue of A");

    private static final LinearModes.Words SINGULAR_WORDS =
            new LinearModes.Words(
                    "the quadratic 1/2 w^T A w + b^T w (A singular, b in range(A))",
                    "A",
                    "w0 - A^+ (A w0 + b), the minimizer nearest w0",
                    "w0 is a minimizer (A w0 + b = 0)",
                    "w0 is not a minimizer",
                    "w(t) = p + exp(-t A) (w0 - p), where every eigenvalue of A");

    /** b outside range(A): a precondition on b, not on A. */
    public static final class OffRange extends IllegalArgumentException {
        OffRange(String message) {
            super(message);
        }
    }

    /**
     * Checks A and b and solves for the least-norm minimizer exactly; an argument that breaks a
     * precondition throws with the reason ({@link OffRange} when it is b's).
     */
    public static Quadratic of(Value[][] a, Value[] b) {
        BigFraction[][] exact = RationalLinearAlgebra.fractions(a);
        if (!RationalLinearAlgebra.isSymmetric(exact))
            throw new IllegalArgumentException("A must be symmetric");
        if (!PositiveDefinite.semidefinite(exact)) {
            throw new IllegalArgumentException(
                    "A must be positive semidefinite (exact symmetric elimination meets a negative pivot, "
                            + "so f is unbounded below along an eigenvector of a negative eigenvalue)");
        }
        boolean singular = RationalLinearAlgebra.rank(exact) < exact.length;
        BigFraction[] exactB = RationalLinearAlgebra.fractions(b);
        if (singular) {
            BigFraction[][] augmented = new BigFraction[exact.length][];
            for (int i = 0; i < exact.length; i++) {
                augmented[i] = Arrays.copyOf(exact[i], exact.length + 1);
                augmented[i][exact.length] = exactB[i];
            }
            if (RationalLinearAlgebra.rank(augmented) > RationalLinearAlgebra.rank(exact)) {
                throw new OffRange(
                        "b must lie in range(A) when A is singular (exact ranks: rank [A | b] > rank A): "
                                + "f is unbounded below along a null direction of A, and gradient descent "
                                + "drifts along it for every step size");
            }
        }
        BigFraction[] zero = new BigFraction[exactB.length];
        Arrays.fill(zero, BigFraction.ZERO);
        return new Quadratic(
                a, b, RationalLinearAlgebra.values(nearest(exact, exactB, zero)), singular);
    }

    /**
     * The minimizer nearest w0, exact: w0 - x with x in range(A) and A x = A w0 + b. With C the
     * independent columns of A (a basis of range(A)), x = C c and C^T A C c = C^T (A w0 + b), a
     * positive definite system (A is definite on its range).
     */
    private static BigFraction[] nearest(BigFraction[][] a, BigFraction[] b, BigFraction[] w0) {
        int n = a.length;
        BigFraction[] r = RationalLinearAlgebra.multiply(a, w0);
        for (int i = 0; i < n; i++) r[i] = r[i].add(b[i]);
        List<BigFraction[]> basis = new ArrayList<>();
        BigFraction[][] columns = RationalLinearAlgebra.transpose(a);
        for (BigFraction[] column : columns) {
            basis.add(column);
            if (RationalLinearAlgebra.rank(basis.toArray(new BigFraction[0][])) < basis.size())
                basis.remove(basis.size() - 1);
        }
        int k = basis.size();
        BigFraction[][] ac = new BigFraction[k][];
        for (int j = 0; j < k; j++) ac[j] = RationalLinearAlgebra.multiply(a, basis.get(j));
        BigFraction[][] gram = new BigFraction[k][k];
        BigFraction[] rhs = new BigFraction[k];
        for (int i = 0; i < k; i++) {
            rhs[i] = dot(basis.get(i), r);
            for (int j = 0; j < k; j++) gram[i][j] = dot(basis.get(i), ac[j]);
        }
        BigFraction[] c = k == 0 ? new BigFraction[0] : RationalLinearAlgebra.solve(gram, rhs);
        BigFraction[] p = w0.clone();
        for (int j = 0; j < k; j++)
            for (int i = 0; i < n; i++) p[i] = p[i].subtract(c[j].multiply(basis.get(j)[i]));
        BigFraction[] residual = RationalLinearAlgebra.multiply(a, p);
        for (int i = 0; i < n; i++) {
            if (residual[i].add(b[i]).signum() != 0)
                throw new IllegalStateException("A p + b != 0 for a b in range(A)");
        }
        return p;
    }

    private static BigFraction dot(BigFraction[] u, BigFraction[] v) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < u.length; i++) s = s.add(u[i].multiply(v[i]));
        return s;
    }

    /**
     * The minimizer a linear method from w0 tends to, exactly: the unique one when A is definite,
     * else the one nearest w0; null when A is singular and w0 is not rational.
     */
    public BigFraction[] minimizerFrom(Value[] w0) {
        if (!singular) return RationalLinearAlgebra.fractions(minimizer);
        if (!RationalLinearAlgebra.isRational(w0)) return null;
        return nearest(
                RationalLinearAlgebra.fractions(a),
                RationalLinearAlgebra.fractions(b),
                RationalLinearAlgebra.fractions(w0));
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
     * K = A, s = 1, p = w* (when A is singular, the minimizer nearest w0: a_0 lies in range(A), so
     * the zero modes of A are not excited).
     */
    @Override
    public LinearModes from(Value[] w0) {
        if (!RationalLinearAlgebra.isRational(w0)) return null;
        BigFraction[] p = minimizerFrom(w0);
        BigFraction[] start = RationalLinearAlgebra.fractions(w0);
        for (int i = 0; i < start.length; i++) start[i] = start[i].subtract(p[i]);
        return new LinearModes(
                RationalLinearAlgebra.fractions(a), start, p, 1, singular ? SINGULAR_WORDS : WORDS);
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
