package dev.occam.plan;

import dev.occam.prediction.MaxMarginOffset;
import dev.occam.claim.Claim;
import dev.occam.claim.ConvergenceClaim;
import dev.occam.algorithm.Algorithm;
import dev.occam.numeric.Value;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The one place where kinds are registered: a spec's {@code kind} string to the builder that reads
 * its section. Adding a kind is one builder method and one line here.
 */
final class Kinds {
    /** An algorithm with the starting point its section gives. */
    record Configured(Algorithm algorithm, Value[] init) {
    }

    static final Map<String, BiFunction<Section, PointContext, Problem>> PROBLEMS = new LinkedHashMap<>();
    static final Map<String, BiFunction<Section, PointContext, Configured>> ALGORITHMS = new LinkedHashMap<>();
    static final Map<String, BiFunction<Section, PointContext, Predictor>> PREDICTIONS = new LinkedHashMap<>();
    static final Map<String, BiFunction<Section, PointContext, Claim>> CLAIMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("least-squares", ProblemKinds::leastSquares);
        PROBLEMS.put("classification", ProblemKinds::classification);

        ALGORITHMS.put("gradient-descent", AlgorithmKinds::gradientDescent);
        ALGORITHMS.put("momentum", AlgorithmKinds::momentum);
        ALGORITHMS.put("nesterov", AlgorithmKinds::nesterov);
        ALGORITHMS.put("mirror-descent", AlgorithmKinds::mirrorDescent);
        ALGORITHMS.put("steepest-descent", AlgorithmKinds::steepestDescent);
        ALGORITHMS.put("adagrad", AlgorithmKinds::adagrad);
        ALGORITHMS.put("adam", AlgorithmKinds::adam);
        ALGORITHMS.put("gradient-flow", AlgorithmKinds::gradientFlow);
        ALGORITHMS.put("normalized-gradient-descent", AlgorithmKinds::normalizedGradientDescent);
        ALGORITHMS.put("sign-descent", AlgorithmKinds::signDescent);
        ALGORITHMS.put("coordinate-descent", AlgorithmKinds::coordinateDescent);
        ALGORITHMS.put("custom", AlgorithmKinds::custom);

        PREDICTIONS.put("min-distance-interpolant", PredictionKinds::minDistanceInterpolant);
        PREDICTIONS.put("bregman-projection", PredictionKinds::bregmanProjection);
        PREDICTIONS.put("max-margin", PredictionKinds::maxMargin);
        PREDICTIONS.put("max-margin-offset", (s, b) -> new MaxMarginOffset());

        CLAIMS.put("limit", ClaimKinds::limit);
        CLAIMS.put("rate", ClaimKinds::rate);
        CLAIMS.put("step-size-invariant", ClaimKinds::stepSizeInvariant);
        CLAIMS.put("direction", ClaimKinds::direction);
        CLAIMS.put("offset", ClaimKinds::offset);
        CLAIMS.put("value", ClaimKinds::value);
        CLAIMS.put("monotone", ClaimKinds::monotone);
        CLAIMS.put("converges", (s, b) -> new ConvergenceClaim(true));
        CLAIMS.put("diverges", (s, b) -> new ConvergenceClaim(false));
    }

    private Kinds() {
    }

    /** Looks the section's kind up; an unknown kind is an error listing the known ones. */
    static <T> T build(Map<String, BiFunction<Section, PointContext, T>> registry, Section section, PointContext build) {
        String kind = section.choice("kind", new ArrayList<>(registry.keySet()));
        T built = registry.get(kind).apply(section, build);
        section.finish();
        return built;
    }
}
