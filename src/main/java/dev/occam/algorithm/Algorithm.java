package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Objective;

import java.util.function.DoubleConsumer;

/** An iterative method: {@link #start} binds it to an objective and an initial point. */
public interface Algorithm {
    /** The spec's {@code algorithm.kind}. */
    String kind();

    Stepper start(Objective objective, Vec w0);

    /**
     * The step size rule; null for methods without one (gradient flow). Records with a step
     * component implement it.
     */
    default StepSize step() {
        return null;
    }

    /**
     * The constant step the method takes once its transients have settled, NaN when it has none:
     * the eta that asymptotic results such as SHN+18's offset w~ are stated in.
     */
    default double asymptoticStep() {
        return step() == null ? Double.NaN : step().constant();
    }

    /**
     * Whether the method draws random numbers (from {@code run.seed}); a spec with {@code
     * run.seeds: N} then runs it with N seeds and decides each claim from the fraction of seeds it
     * holds for.
     */
    default boolean stochastic() {
        return false;
    }

    /** The same method drawing from {@code seed}; a deterministic method is itself. */
    default Algorithm reseeded(long seed) {
        return this;
    }

    /** The most decimal digits the method runs in: a plug-in runs in double only. */
    default int maxDigits() {
        return Integer.MAX_VALUE;
    }

    /**
     * Drives a run of this method (a plug-in adds its own guard against a step that never returns).
     */
    default Trajectory run(
            Runner runner,
            Stepper stepper,
            Objective objective,
            DoubleConsumer progress,
            IterationWatch watch) {
        return runner.run(stepper, objective, progress, watch);
    }

    /**
     * For a method that integrates an ODE, the same method at a tighter tolerance, whose difference
     * from this one estimates the global integration error; null for a discrete method.
     */
    default Algorithm refined() {
        return null;
    }

    /**
     * Whether the method takes discrete steps, so that a step-size condition applies to it (a flow
     * has none).
     */
    default boolean discrete() {
        return true;
    }

    /** The method as a linear recurrence on a quadratic loss, or null when it is not one. */
    default LinearUpdate linearUpdate() {
        return null;
    }

    /**
     * The method as one of the descent forms whose remaining path has a proved bound on a quadratic
     * loss: it calls its case of {@code form} with its parameters; null when it is none of them.
     */
    default <R> R descent(DescentForm<R> form) {
        return null;
    }

    /**
     * The potential whose mirror map the method moves in (mirror descent, a mirror flow), or null.
     */
    default MirrorMap potential() {
        return null;
    }

    /**
     * Whether SHN+18's asymptotic form w(t) = w_hat log t + w~ + o(1) is about this method:
     * gradient descent with a constant step, heavy ball, Nesterov, the plain gradient flow.
     */
    default boolean shnFamily() {
        return false;
    }
}
