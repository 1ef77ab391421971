package dev.occam.problem;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

/** Placeholder until the log-domain objective lands. */
final class ClassificationObjective implements Objective {
    private final Tier tier;
    private final Classification problem;

    ClassificationObjective(Classification problem, Tier tier) {
        this.problem = problem;
        this.tier = tier;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public int dimension() {
        return problem.dimension();
    }

    @Override
    public Scalar loss(Vec w) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void gradient(Vec w, Vec out) {
        throw new UnsupportedOperationException("TODO");
    }
}
