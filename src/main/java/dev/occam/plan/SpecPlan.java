package dev.occam.plan;

import dev.occam.algorithm.Algorithm;
import dev.occam.spec.Spec;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A spec with every sweep point built, once, when it is loaded: an invalid point is reported before
 * anything runs, and checking never builds. Immutable; checking does not change it.
 */
public record SpecPlan(Spec spec, List<PointPlan> points) {
    public SpecPlan {
        points = List.copyOf(points);
    }

    /**
     * Every point's algorithm replaced by {@code substitute.apply(the spec's own)}, keeping its
     * start.
     */
    public SpecPlan withAlgorithm(UnaryOperator<Algorithm> substitute) {
        return new SpecPlan(
                spec,
                points.stream()
                        .map(p -> p.withAlgorithm(substitute.apply(p.algorithm())))
                        .toList());
    }
}
