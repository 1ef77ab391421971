package dev.occam.plan.kind;

import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.FactorizedGradientFlow;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.prediction.CommutingFactorizationLimit;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

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
        return List.of(
                Key.optional(
                        "basis",
                        ValueType.MATRIX,
                        "standard",
                        "V, rational orthogonal (checked): the A_i are V D_i V^T with diagonal D_i"));
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
        BigFraction[][] basis = null;
        if (s.has("basis")) {
            Value[][] v = s.matrix("basis");
            if (!RationalLinearAlgebra.isRational(v))
                throw s.error("basis", "expected a rational orthogonal matrix");
            basis = RationalLinearAlgebra.fractions(v);
        }
        return new CommutingFactorizationLimit(depth, b.potential(s, "kind", text), basis);
    }
}
