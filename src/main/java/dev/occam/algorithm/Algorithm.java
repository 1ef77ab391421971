package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/** An iterative method: {@link #start} binds it to an objective and an initial point. */
public interface Algorithm {
    /** The spec's {@code algorithm.kind}. */
    String kind();

    Stepper start(Objective objective, Vec w0);

    /** The step size rule; null for methods without one (gradient flow). Records with a step component implement it. */
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
}
