package dev.occam.problem;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Vec;

/**
 * An objective whose loss can be far below double's range (e^-100000 after aggressive steps): it
 * reports log L and the normalized gradient grad L / L, both computed without forming L.
 */
public interface LogDomainObjective extends Objective {
    @Override
    Scalar logLoss(Vec w);

    /** out = grad L(w) / L(w); returns log L(w). */
    Scalar normalizedGradient(Vec w, Vec out);

    /**
     * grad L(w) / L(w) in log-polar form: component j is signs_j e^(logs_j), signs_j in {-1, 0, 1}
     * and logs_j = -inf where it is exactly 0; returns log L(w). Unlike {@link
     * #normalizedGradient(Vec, Vec)} it loses no component to underflow: a coordinate whose only
     * contributions come from points of weight below e^-745 (a margin that far above the others')
     * keeps its sign and its size as a log, which is what sign and coordinate descent act on (see
     * {@link dev.occam.numeric.LogDomainNorm}).
     */
    Scalar normalizedGradient(Vec w, Vec signs, Vec logs);
}
