package dev.occam.search.reproducer;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

/**
 * f(w) = 1/2 w^T A w + b^T w. occam's loss is the gap f(w) - f(w*) with w* the least-norm minimizer
 * it solved exactly, and its gradient A (w - w*) (equal to A w + b).
 */
record QuadraticCode(Value[][] a, Value[] b, Value[] minimizer) implements ProblemCode {
    @Override
    public String definitions(String s) {
        return """
                # quadratic: f(w) = 1/2 w^T A w + b^T w; occam evaluates grad f = A w + b as A (w - w_star),
                # with w_star its exact least-norm minimizer (A w_star + b = 0, printed below)
                A%1$s = %2$s
                b%1$s = %3$s
                w_star%1$s = %4$s


                def gradient%1$s(w):
                    return A%1$s @ (w - w_star%1$s)
                """
                .formatted(s, Python.matrix(a), Python.vector(b), Python.vector(minimizer));
    }

    /**
     * The minimizer nearest w0: w0 - A^+ A (w0 - w*) (the error's component in range(A) decays).
     */
    @Override
    public String linearLimit(String s) {
        return "w0%1$s - np.linalg.pinv(A%1$s) @ (A%1$s @ (w0%1$s - w_star%1$s))".formatted(s);
    }

    /**
     * Any minimizer has A w + b = 0: occam's w*, the run's end, the prediction when it claims to be
     * one.
     */
    @Override
    public String check(String s, BigFraction lp) {
        return """
                # Checks without occam: a minimizer w of f has A w + b = 0 (~1e-15 when it is one).
                print(f"stationarity ||A w_star + b|| = {np.linalg.norm(A%1$s @ w_star%1$s + b%1$s):.3e}")
                print(f"stationarity of the iterate ||A w_T + b|| = {np.linalg.norm(A%1$s @ w + b%1$s):.3e}")
                print(f"stationarity of the prediction ||A w* + b|| = {np.linalg.norm(A%1$s @ prediction + b%1$s):.3e}")
                """
                .formatted(s);
    }
}
