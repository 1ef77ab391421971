package dev.occam.run;

import dev.occam.algorithm.IterationWatch;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;

import java.util.Map;

/**
 * The watches of one run, made when the run starts in its tier: what claims observe at every
 * iterate, keyed by the claim that asked. Claims live above this package, so they reach the run
 * through this seam.
 */
@FunctionalInterface
public interface WatchFactory {
    WatchFactory NONE = (objective, prediction, tier) -> Map.of();

    /**
     * @param prediction the prediction, or null when it is unavailable
     */
    Map<Object, IterationWatch> watches(Objective objective, Prediction prediction, Tier tier);
}
