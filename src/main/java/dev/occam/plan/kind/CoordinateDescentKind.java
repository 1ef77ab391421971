package dev.occam.plan.kind;

import dev.occam.algorithm.SteepestDescent;
import dev.occam.numeric.Norms;
import dev.occam.spec.Section;

import java.util.List;

/** {@code coordinate-descent}: steepest descent in the l1 norm (greedy coordinate descent). */
final class CoordinateDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "coordinate-descent";
    }

    @Override
    public String summary() {
        return "The coordinate of largest |g_i| (lowest index on ties) moves by -eta_t g_i.";
    }

    @Override
    public List<Key> keys() {
        return List.of(CommonKeys.STEP, CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        return new ConfiguredAlgorithm(
                new SteepestDescent(CommonKeys.step(s, b, Norms.l1()), Norms.l1()),
                CommonKeys.init(s, b));
    }
}
