package dev.occam.search.reproducer;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

/** L(w) = sum_i (x_i.w - y_i)^2, occam's least squares (no 1/2): grad L = 2 X^T (X w - y). */
record LeastSquaresCode(Value[][] x, Value[] y) implements ProblemCode {
    @Override
    public String definitions(String s) {
        return """
                # least squares: L(w) = sum_i (x_i.w - y_i)^2 (no 1/2), grad L = 2 X^T (X w - y)
                X%1$s = %2$s
                y%1$s = %3$s


                def gradient%1$s(w):
                    return 2.0 * (X%1$s.T @ (X%1$s @ w - y%1$s))
                """
                .formatted(s, Python.matrix(x), Python.vector(y));
    }

    /** The interpolant nearest w0 in l2: w0 - X^T (X X^T)^-1 (X w0 - y). */
    @Override
    public String linearLimit(String s) {
        return "w0%1$s - X%1$s.T @ np.linalg.solve(X%1$s @ X%1$s.T, X%1$s @ w0%1$s - y%1$s)"
                .formatted(s);
    }

    /**
     * The last iterate interpolates (the run reached a minimizer, not the one predicted); the
     * min-l_P-distance interpolant w* is the one point with X w* = y and sign(w* - w0) |w* -
     * w0|^(P-1) in the row space of X (the KKT conditions of min 1/P ||w - w0||_P^P on {Xw = y}).
     */
    @Override
    public String check(String s, BigFraction lp) {
        String iterate =
                """
                # Checks without occam. The run ends at an interpolant (a minimizer of L):
                print(f"interpolation residual of the iterate ||X w_T - y|| = {np.linalg.norm(X%1$s @ w - y%1$s):.3e}")
                """
                        .formatted(s);
        if (lp == null) return iterate;
        return iterate
                + """
                # The min-l_P-distance interpolant w* is the one point with X w* = y and
                # sign(w* - w0) |w* - w0|^(P-1) in the row space of X (the KKT conditions of
                # min 1/P ||w - w0||_P^P subject to X w = y); both residuals are at rounding level
                # (~1e-15) when the prediction is right.
                P = %2$s
                kkt = np.sign(prediction - w0%1$s) * np.abs(prediction - w0%1$s) ** (P - 1)
                coefficients = np.linalg.lstsq(X%1$s.T, kkt, rcond=None)[0]
                interpolation = np.linalg.norm(X%1$s @ prediction - y%1$s)
                row_space = np.linalg.norm(X%1$s.T @ coefficients - kkt) / max(np.linalg.norm(kkt), 1e-300)
                print(f"interpolation residual of the prediction ||X w* - y|| = {interpolation:.3e}")
                print(f"row-space residual of sign(w*-w0)|w*-w0|^(P-1) = {row_space:.3e} (relative)")
                """
                        .formatted(s, Python.exact(lp));
    }
}
