package dev.occam.problem;

import org.hipparchus.fraction.BigFraction;

/**
 * The exact reduced dynamics of a loss with an affine gradient, from one start w0: the error of a
 * gradient step lives in m coordinates a with a_{t+1} = (I - scale eta K) a_t, and the iterates
 * tend to {@code limit} exactly when every excited mode of K contracts.
 *
 * @param k K, m x m, symmetric positive semidefinite, rational
 * @param start a_0, the start's coordinates (zero iff w0 is already a minimizer)
 * @param limit p, the minimizer the exact run tends to from w0
 * @param scale s in grad L = s (...): 2 for sum-of-squares losses without a 1/2, 1 for 1/2 w^T A w
 * @param words how the problem's objects are named in the decision's argument
 */
public record LinearModes(
        BigFraction[][] k, BigFraction[] start, BigFraction[] limit, int scale, Words words) {

    /**
     * @param problem the problem in a sentence ("least squares")
     * @param matrix K's name ("X X^T")
     * @param limit p as a formula in the data
     * @param fixed why w0 is a fixed point, when a_0 = 0
     * @param notFixed that w0 is not one
     * @param flow the solution of the gradient flow, up to the eigenvalues its decay rests on
     */
    public record Words(
            String problem,
            String matrix,
            String limit,
            String fixed,
            String notFixed,
            String flow) {}
}
