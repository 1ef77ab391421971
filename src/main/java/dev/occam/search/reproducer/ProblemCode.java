package dev.occam.search.reproducer;

import dev.occam.problem.Problem;
import dev.occam.problem.Quadratic;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;

/**
 * A problem as python: its data, the gradient occam computes, the limit of linear methods, and a
 * check of a prediction that a reader can run without occam. Names carry a suffix, so that two
 * sweep points can stand in one script.
 */
interface ProblemCode {
    /** The data and {@code def gradient<suffix>(w)}, with a comment naming the loss. */
    String definitions(String suffix);

    /**
     * A python expression of the exact limit of gradient descent, heavy ball and Nesterov from
     * {@code w0<suffix>} when they converge (the minimizer their iterates approach: w - w0 stays in
     * the span of the gradients).
     */
    String linearLimit(String suffix);

    /**
     * Lines that print checks a reader can trust without occam: that the last iterate {@code w}
     * minimizes the loss, and, where it is cheap, that {@code prediction} meets its defining
     * conditions.
     *
     * @param lp the exponent P when the prediction is the min-l_P-distance interpolant (2 for l2),
     *     else null
     */
    String check(String suffix, BigFraction lp);

    /**
     * Least squares (any problem whose loss is ||Xw - y||^2, matrix sensing and completion on
     * vec(W) included) or a quadratic; anything else is not reproducible here.
     */
    static ProblemCode of(Problem problem) {
        SquaredResiduals ls = problem.squaredResiduals();
        if (ls != null) return new LeastSquaresCode(ls.x(), ls.y());
        // no capability states a quadratic's data, so its type is asked for here
        if (problem instanceof Quadratic q) return new QuadraticCode(q.a(), q.b(), q.minimizer());
        throw new NotReproducible(
                "problem kind "
                        + problem.kind()
                        + ": the reproducer writes least-squares and quadratic problems only");
    }
}
