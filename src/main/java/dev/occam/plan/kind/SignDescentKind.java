package dev.occam.plan.kind;

import dev.occam.algorithm.SteepestDescent;
import dev.occam.numeric.Norms;
import dev.occam.spec.Section;

import java.util.List;

/** {@code sign-descent}: steepest descent in the l-infinity norm. */
final class SignDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "sign-descent";
    }

    @Override
    public String summary() {
        return "w_{t+1} = w_t - eta_t ||g_t||_1 sign(g_t).";
    }

    @Override
    public List<Key> keys() {
        return List.of(CommonKeys.STEP, CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        return new ConfiguredAlgorithm(
                new SteepestDescent(CommonKeys.step(s, b, Norms.linf()), Norms.linf()),
                CommonKeys.init(s, b));
    }
}
