package dev.occam.plan.kind;

import dev.occam.algorithm.StochasticGradientDescent;
import dev.occam.numeric.Tier;
import dev.occam.spec.Section;

import java.util.List;

/** {@code sgd}: mini-batch stochastic gradient descent, seeded by {@code run.seed}. */
final class SgdKind implements Kind<ConfiguredAlgorithm> {
    private static final long MAX_BATCH = StochasticGradientDescent.MAX_BATCH;

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String summary() {
        return "Mini-batch SGD on a loss that is a sum over points, L = sum_i l_i: w_{t+1} = w_t - eta_t (n/b) sum_{j<b} "
                + "grad l_{i_j}(w_t), the b indices of each step drawn uniformly with replacement from a SplitMix64 "
                + "stream seeded by run.seed (run.seeds: N reruns it with seeds run.seed .. run.seed + N - 1).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                Key.optional(
                        "batch",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": "
                                        + MAX_BATCH
                                        + "}",
                                "integer in [1, " + MAX_BATCH + "]"),
                        "1",
                        "b, the number of indices drawn (with replacement) per step"),
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        long batch = s.optionalInteger("batch").orElse(1L);
        if (batch < 1 || batch > MAX_BATCH)
            throw s.error("batch", "expected an integer in [1, " + MAX_BATCH + "], got " + batch);
        if (b.problem().objective(Tier.forDigits(16)).terms() == 0) {
            throw s.error(
                    "kind",
                    "sgd needs a loss that is a sum over points (problem.kind least-squares, or model with loss: squared), got "
                            + b.problem().kind());
        }
        return new ConfiguredAlgorithm(
                new StochasticGradientDescent(
                        CommonKeys.plainStep(s, b), (int) batch, b.spec().run().seed()),
                CommonKeys.init(s, b));
    }
}
