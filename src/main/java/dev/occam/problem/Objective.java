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

    /**
     * n when L(w) = sum_{i < n} l_i(w) is a sum over points whose terms a stochastic method may
     * sample ({@link #addTermGradient}); 0 when the loss is not offered as such a sum.
     */
    default int terms() {
        return 0;
    }

    /** out += a grad l_i(w), for 0 <= i < {@link #terms()}. */
    default void addTermGradient(Vec w, int i, Scalar a, Vec out) {
        throw new UnsupportedOperationException("the loss is not offered as a sum over points");
    }
}
