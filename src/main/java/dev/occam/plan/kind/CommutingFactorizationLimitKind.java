package dev.occam.plan.kind;

import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.FactorizedGradientFlow;
import dev.occam.prediction.CommutingFactorizationLimit;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code commuting-factorization-limit}: the flow limit of a depth-N factorization on diagonal
 * measurements, a Bregman projection of the eigenvalues; N is read from the algorithm.
 */
final class CommutingFactorizationLimitKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "commuting-factorization-limit";
    }

    @Override
    public String summary() {
        return "On matrix-sensing with diagonal A_i and factorized-gradient-descent from alpha I (depth N read from the "
                + "algorithm): the gradient flow's limit, diag(lambda) with lambda the Bregman projection of alpha^N 1 onto "
                + "{M lambda = y} for psi_N = x^2/2 (N = 1), x log x - x (N = 2), -x^(2/N) (N >= 3).";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        int depth;
        if (b.algorithm() != null
                && b.algorithm().algorithm() instanceof FactorizedGradientDescent g)
            depth = g.depth();
        else if (b.algorithm() != null
                && b.algorithm().algorithm() instanceof FactorizedGradientFlow f) depth = f.depth();
        else
            throw s.error(
                    "kind",
                    "commuting-factorization-limit reads the depth of algorithm.kind factorized-gradient-descent");
        String text = CommutingFactorizationLimit.potentialText(depth);
        return new CommutingFactorizationLimit(depth, b.potential(s, "kind", text));
    }
}
