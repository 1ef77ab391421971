package dev.occam.problem;

import dev.occam.numeric.Tier;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A problem as the spec states it, exact; {@link #objective(Tier)} binds it to a precision tier.
 * The default methods are capabilities a kind overrides when it has them, so that callers ask
 * instead of testing types.
 */
public interface Problem {
    /** The spec's {@code problem.kind}. */
    String kind();

    /** Number of parameters w. */
    int dimension();

    Objective objective(Tier tier);

    /**
     * The problem's affine gradient with an exact Hessian, for exact linear dynamics; null when the
     * gradient is not affine.
     */
    default AffineGradient affineGradient() {
        return null;
    }

    /**
     * The problem as squared linear residuals ||Xw - y||^2, for least-squares facts; null
     * otherwise.
     */
    default SquaredResiduals squaredResiduals() {
        return null;
    }

    /**
     * {rows, cols} when the parameters are a matrix W stored as w = vec(W) row by row (matrix
     * sensing and completion), for matrix quantities such as singular values; null otherwise.
     */
    default int[] matrixShape() {
        return null;
    }

    /**
     * Whether the matrix W is meant symmetric: square, and every measurement symmetric, so that
     * predictions over the positive semidefinite cone apply; false unless the spec says so.
     */
    default boolean symmetricMatrix() {
        return false;
    }

    /** The Hessian of the loss, for sharpness and stability arguments; null when not offered. */
    default Curvature curvature() {
        return null;
    }

    /**
     * The sharpness of the gradient-flow solution from a point (the minimum gradient flow reaches
     * from it), when it has a closed form; null otherwise.
     */
    default FlowSolution flowSolution() {
        return null;
    }

    /**
     * Why {@link #curvature()} is null, in words for a precondition message (e.g. a ReLU network
     * has no Hessian at its kinks); null when curvature is offered or nothing more specific is
     * known.
     */
    default String curvatureRefusal() {
        return null;
    }

    /**
     * The per-point margins q_n(w) = y_n f(w; x_n) of a classifier, for homogeneous-model
     * arguments; null for problems that are not classifiers.
     */
    default MarginModel marginModel() {
        return null;
    }

    /** The problem as a margin loss over labelled points, for margin arguments; null otherwise. */
    default MarginLoss marginLoss() {
        return null;
    }

    /**
     * The loss (and, when the data is small enough to spell out, its gradient) as math for reports,
     * by name, each rendered by Symja only when asked; empty when the problem has no symbolic form.
     */
    default Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        return Map.of();
    }
}
