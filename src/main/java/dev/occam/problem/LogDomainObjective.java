package dev.occam.problem;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Vec;

/**
 * An objective whose loss can be far below double's range (e^-100000 after aggressive steps):
 * it reports log L and the normalized gradient grad L / L, both computed without forming L.
 */
public interface LogDomainObjective extends Objective {
    @Override
    Scalar logLoss(Vec w);

    /** out = grad L(w) / L(w); returns log L(w). */
    Scalar normalizedGradient(Vec w, Vec out);
}
