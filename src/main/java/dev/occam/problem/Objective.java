package dev.occam.problem;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

/**
 * A differentiable loss bound to one precision tier. Not thread-safe: it owns scratch vectors so
 * gradient evaluation allocates nothing.
 */
public interface Objective {
    Tier tier();

    int dimension();

    Scalar loss(Vec w);

    /**
     * log L(w); objectives whose loss underflows double override it (see {@link
     * LogDomainObjective}).
     */
    default Scalar logLoss(Vec w) {
        return loss(w).log();
    }

    /** out = grad L(w). */
    void gradient(Vec w, Vec out);
}
