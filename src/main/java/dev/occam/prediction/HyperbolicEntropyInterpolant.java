package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.HyperbolicEntropy;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit of a depth-2 diagonal network's gradient flow from u = v = alpha 1 on least squares
 * (Woodworth et al. 2020): argmin Q_alpha(w) on {Xw = y}, Q_alpha(w) = sum alpha^2 q(w_i /
 * alpha^2), q(z) = 2 - sqrt(4 + z^2) + z asinh(z / 2) (from a start w0 != 0: the Bregman projection
 * of w0). It is the Bregman projection of the hyperbolic entropy ({@link HyperbolicEntropy}),
 * computed by {@link BregmanProjection}'s dual Newton and certified by its feasibility and
 * stationarity residuals and perturbation test, plus a duality gap computed from the point alone.
 * The two regimes are references: argmin ||w||_1 (alpha -> 0, an LP) and argmin ||w - w0||_2 (alpha
 * -> infinity).
 */
public final class HyperbolicEntropyInterpolant implements Predictor {
    /** The reference names, as reports and limit tables show them. */
    public static final String L1 = "argmin ||w||_1";

    private final HyperbolicEntropy psi;
    private final String alphaSource;

    /**
     * @param alphaSource where alpha comes from, in words (e.g. "algorithm.init-scale")
     */
    public HyperbolicEntropyInterpolant(Value alpha, String alphaSource) {
        this.psi = new HyperbolicEntropy(alpha);
        this.alphaSource = alphaSource;
    }

    @Override
    public String kind() {
        return "hyperbolic-entropy-interpolant";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        SquaredResiduals ls = Interpolation.leastSquares(input.problem(), kind());
        Prediction p = new BregmanProjection(psi).predict(input);
        List<String> pre = new ArrayList<>();
        pre.add("alpha = " + psi.alpha().text() + " (" + alphaSource + ")");
        pre.addAll(p.preconditions());
        if (!p.available()) return Prediction.unmet(kind(), pre, p.unmet());
        int digits = input.digits();
        Map<String, String> cert = new LinkedHashMap<>(p.certificate());
        DfpField field = new DfpField(digits + 30);
        Dfp[] w = values(field, p.value());
        Gap gap =
                gap(
                        DfpVectors.of(field, ls.x()),
                        DfpVectors.of(field, ls.y()),
                        DfpVectors.of(field, input.w0()),
                        psi,
                        w);
        cert.put(
                "duality gap D_psi(w, w0) - dual(lambda), lambda fitted to the point",
                Decimals.brief(gap.gap())
                        + " (Fenchel-Young "
                        + Decimals.brief(gap.fenchelYoung())
                        + " + lambda.(Xw - y); dual residual ||grad psi(w) - grad psi(w0) - X^T lambda|| = "
                        + Decimals.brief(gap.dualResidual())
                        + ")");
        Map<String, BigDecimal[]> refs = new LinkedHashMap<>();
        L1Interpolant.Result l1 = L1Interpolant.solve(ls, digits);
        if (l1 != null) {
            refs.put(L1, l1.point());
            cert.put("reference argmin ||w||_1 (LP)", l1.certificate());
        }
        refs.putAll(p.references());
        return new Prediction(
                kind(), p.value(), null, cert, pre, null, refs, p.derived(), Map.of());
    }

    /**
     * The certificate from a point alone: theta = grad psi(w), lambda = argmin ||theta - theta0 -
     * X^T lambda|| (least squares), and the gap D_psi(w, w0) - dual(lambda) = [psi(w) +
     * psi*(theta') - theta'.w] + lambda.(Xw - y) with theta' = theta0 + X^T lambda. The dual is a
     * lower bound on the minimum, so for a feasible w the gap bounds D_psi(w, w0) - min; it is 0
     * only at the minimizer.
     */
    record Gap(Dfp gap, Dfp fenchelYoung, Dfp dualResidual) {}

    static Gap gap(Dfp[][] x, Dfp[] y, Dfp[] w0, HyperbolicEntropy psi, Dfp[] w) {
        DfpField field = w[0].getField();
        Dfp[] theta0 = psi.gradient(w0);
        Dfp[] target = DfpVectors.subtract(psi.gradient(w), theta0);
        Dfp[] zero = new Dfp[w.length];
        Arrays.fill(zero, field.getZero());
        QuadraticInterpolant<Dfp> fit =
                QuadraticInterpolant.solve(x, DfpVectors.multiply(x, target), zero, null);
        Dfp[] lambda = fit.multipliers.toArray();
        Dfp[] theta = DfpVectors.add(theta0, DfpVectors.multiplyTransposed(x, lambda));
        Dfp fy = psi.value(w).subtract(DfpVectors.dot(theta, w));
        for (Dfp t : theta) fy = fy.add(psi.conjugate(t));
        Dfp[] residual = DfpVectors.subtract(DfpVectors.multiply(x, w), y);
        Dfp gap = fy.add(DfpVectors.dot(lambda, residual));
        return new Gap(gap, fy, DfpVectors.norm2(DfpVectors.subtract(psi.gradient(w), theta)));
    }

    private static Dfp[] values(DfpField field, BigDecimal[] v) {
        Dfp[] out = new Dfp[v.length];
        for (int i = 0; i < v.length; i++) out[i] = field.newDfp(v[i].toString());
        return out;
    }
}
