package dev.occam.problem;

import dev.occam.numeric.Tier;

/** A problem as the spec states it, exact; {@link #objective(Tier)} binds it to a precision tier. */
public interface Problem {
    /** The spec's {@code problem.kind}. */
    String kind();

    /** Number of parameters w. */
    int dimension();

    Objective objective(Tier tier);
}
