package dev.occam.algorithm;

import java.util.Map;

/**
 * A user-written update rule (a student's optimizer), run by occam inside the same runner, claims
 * and certificates as the built-in methods ({@code algorithm.kind: custom}, or passed to {@code
 * dev.occam.testkit.Occam}). It works on plain {@code double[]}: plug-ins always run in the double
 * tier (16 digits), whatever the spec's {@code run.precision}.
 *
 * <p>Lifecycle, per sweep point: {@link #configure} with the spec's {@code parameters} (once, after
 * construction, for a class named in a spec), then {@link #init} with the starting point, then
 * {@link #step} for t = 0, 1, 2, ... An instance passed programmatically is reused across sweep
 * points, so {@link #init} must reset any state (moments, previous iterates).
 *
 * <p>Misbehaviour is a verdict, not a crash: an exception, a non-finite or wrong-length result, or
 * a step that does not return before the run's time limit makes the sweep point ERROR with a
 * message naming the class and the iteration.
 */
public interface Optimizer {

    /**
     * The loss L of the spec's problem, evaluated in double. Valid only during the call it is
     * passed to.
     */
    interface Oracle {
        int dimension();

        /** grad L(at), a new array. */
        double[] gradient(double[] at);

        /**
         * L(at); may underflow to 0 for exponentially tailed losses far out, see {@link #logLoss}.
         */
        double loss(double[] at);

        /** log L(at), computed without forming L where the problem allows it. */
        double logLoss(double[] at);
    }

    /**
     * Receives the spec's {@code algorithm.parameters} (numbers by name), e.g. {@code step}. The
     * default accepts none: a spec that gives parameters to a class that does not override this is
     * an error.
     */
    default void configure(Map<String, Double> parameters) {
        if (!parameters.isEmpty()) {
            throw new IllegalArgumentException(
                    getClass().getName()
                            + " takes no parameters (override configure to accept "
                            + parameters.keySet()
                            + ")");
        }
    }

    /** Called before the first step of every run with a copy of w0; resets state. */
    default void init(double[] w0, Oracle loss) {}

    /**
     * Performs iteration t (from 0): returns w_{t+1}. It may update {@code w} in place and return
     * it, or return a new array of the same length.
     *
     * @param w the current iterate w_t (a scratch copy the optimizer may modify)
     * @param gradient grad L(w_t) (a scratch copy)
     * @param loss to evaluate L or its gradient elsewhere (e.g. Nesterov's look-ahead point)
     */
    double[] step(long t, double[] w, double[] gradient, Oracle loss);
}
