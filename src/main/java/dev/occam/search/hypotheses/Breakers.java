package dev.occam.search.hypotheses;

import java.util.List;
import java.util.Optional;

/** The breakers the explorer knows, matched against a prediction's preconditions in order. */
final class Breakers {
    static final List<Breaker> ALL =
            List.of(
                    new StepBoundBreaker(),
                    new ConstantStepBreaker(),
                    new LossBreaker(),
                    new SeparabilityBreaker(),
                    new SupportVectorBreaker(),
                    new SupportSpanBreaker(),
                    new RowIndependenceBreaker(),
                    new GuaranteedPrecondition(
                            "labels in {-1, +1}",
                            "labels y_n in {-1, +1}",
                            "guaranteed by the classification problem: a label outside {-1, +1}"
                                    + " is refused when the spec is read, so no spec lies just"
                                    + " outside it"));

    private Breakers() {}

    static Optional<Breaker> of(String precondition) {
        return ALL.stream().filter(b -> b.recognises(precondition)).findFirst();
    }
}
