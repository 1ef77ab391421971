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
    private static final String NAME = "commuting-factorization-limit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "On matrix-sensing with commuting symmetric A_i = V D_i V^T and factorized-gradient-descent from alpha I "
                + "(depth N read from the algorithm): the gradient flow's limit, V diag(lambda) V^T with lambda the Bregman "
                + "projection of alpha^N 1 onto {M lambda = y} (M: the eigenvalue rows) for psi_N = x^2/2 (N = 1), "
                + "x log x - x (N = 2), -x^(2/N) (N >= 3); V is the standard basis, the given basis, or found from the A_i. "
                + "Reference point argmin tr W, the min-trace LP (alpha -> 0), for quantity distance-to-min-trace.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "basis",
                        ValueType.MATRIX,
                        "standard",
                        "V, rational orthogonal (checked): the A_i are V D_i V^T with diagonal D_i; without it, the "
                                + "A_i are diagonal or a shared eigenbasis is found from them (they must be symmetric and "
                                + "commute, checked exactly)"));
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
        } else commuting(s, b);
        return new CommutingFactorizationLimit(depth, b.potential(s, "kind", text), basis);
    }

    /**
     * Without a basis the A_i must be rational, symmetric and commute, checked exactly: else an
     * error at problem.A (at prediction.kind for a problem without that key).
     */
    private static void commuting(Section s, PointContext b) {
        var problem = b.problem();
        int[] shape = problem == null ? null : problem.matrixShape();
        if (shape == null || shape[0] != shape[1] || problem.squaredResiduals() == null) return;
        String why =
                CommutingFactorizationLimit.nonCommuting(problem.squaredResiduals().x(), shape[0]);
        if (why != null)
            throw b.spec()
                    .points()
                    .get(0)
                    .problem()
                    .error("A", why + " (prediction.kind " + NAME + ")");
    }
}
