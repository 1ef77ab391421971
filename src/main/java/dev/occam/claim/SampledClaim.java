package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.Series;
import dev.occam.run.PointRun;

import java.util.List;

/**
 * A claim on an enclosed quantity sampled every {@link #every()} iterates ({@code reaches}, {@code
 * band}): one {@link EnclosureWatch} per run, and the quantity's interval with the claim's levels
 * as its curves.
 */
interface SampledClaim extends Claim {
    String quantity();

    long every();

    /** The levels drawn as guides next to the quantity. */
    Level[] levels();

    @Override
    default IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        Enclosed q = Enclosed.of(quantity(), problem, objective);
        return q == null ? null : new EnclosureWatch(q, every());
    }

    /** The run's samples, or null when the quantity was not observed. */
    default EnclosureWatch samples(PointRun run) {
        return run.watches().get(this) instanceof EnclosureWatch w && w.size() > 0 ? w : null;
    }

    @Override
    default List<Series> curves(PointRun run) {
        return EnclosureCurves.of(
                quantity(),
                run.watches().get(this) instanceof EnclosureWatch w ? w : null,
                EnclosureCurves.eta(run),
                levels());
    }
}
