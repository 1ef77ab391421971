package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * argmin D_psi(w, w0) on {Xw = y} (Beck–Teboulle, deck Theorem 1), by dual Newton. Certified by the
 * feasibility and stationarity residuals and by a perturbation test: moving the point along random
 * directions of null(X) must not lower D_psi. When the potential lives on w > 0, an LP first checks
 * that {Xw = y} meets the open orthant.
 */
public final class BregmanProjection implements Predictor {
    private static final int PERTURBATIONS = 32;
    private final MirrorMap psi;

    public BregmanProjection(MirrorMap psi) {
        this.psi = psi;
    }

    @Override
    public String kind() {
        return "bregman-projection";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        Value[] w0 = input.w0();
        int digits = input.digits();
        SquaredResiduals ls = Interpolation.leastSquares(problem, kind());
        List<String> pre = new ArrayList<>();
        double[] start = new double[w0.length];
        for (int i = 0; i < w0.length; i++) start[i] = w0[i].doubleValue();
        String outside = psi.domainViolation(start);
        if (outside != null)
            return Prediction.unmet(kind(), pre, "w0 outside the potential's domain: " + outside);
        pre.add("w0 in the domain " + psi.domain() + " of psi");
        pre.add("psi strictly convex: " + psi.convexity());
        if (psi.domain().equals("w > 0")) {
            double slack = positiveSlack(ls);
            if (!(slack > 0)) {
                return Prediction.unmet(
                        kind(),
                        pre,
                        "{Xw = y} does not meet the domain w > 0 of psi: the LP max s s.t. Xw = y, w >= s gives s = "
                                + slack);
            }
            pre.add(
                    "{Xw = y} meets w > 0: LP max s s.t. Xw = y, w_i >= s (ojalgo) gives s = "
                            + String.format(Locale.ROOT, "%.3g", slack));
        }
        DfpField field = new DfpField(digits + 30);
        Dfp[][] x = DfpVectors.of(field, ls.x());
        Dfp[] y = DfpVectors.of(field, ls.y());
        Dfp[] w0d = DfpVectors.of(field, w0);
        String dependent = MinDistanceInterpolant.numericallyDependent(x, digits);
        if (dependent != null) return Prediction.unmet(kind(), pre, dependent);
        Dfp[] theta0 = psi.gradient(w0d);
        Dfp[] lambda0 = new Dfp[x.length];
        Arrays.fill(lambda0, field.getZero());
        DualNewton.Solution s =
                DualNewton.solve(x, y, theta0, lambda0, psi, field.newDfp("1e-" + (digits + 15)));
        if (s == null)
            return Prediction.unmet(
                    kind(), pre, "dual Newton found no point of {Xw = y} in the domain of psi");
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "feasibility ||Xw - y||",
                Decimals.brief(s.residual())
                        + " ("
                        + (digits + 30)
                        + "-digit arithmetic, "
                        + s.iterations()
                        + " Newton steps)");
        Dfp[] stationarity =
                DfpVectors.subtract(
                        DfpVectors.subtract(psi.gradient(s.w()), theta0),
                        DfpVectors.multiplyTransposed(x, s.lambda()));
        cert.put(
                "stationarity ||grad psi(w) - grad psi(w0) - X^T lambda||",
                Decimals.brief(DfpVectors.norm2(stationarity)));
        cert.put("perturbation test", perturbationTest(x, s.w(), w0d, theta0));
        return new Prediction(
                kind(),
                Decimals.of(s.w()),
                null,
                cert,
                pre,
                null,
                MinDistanceInterpolant.withL2Reference(Map.of(), input),
                psi.derived(),
                Map.of());
    }

    /** D_psi(w, w0) = psi(w) - psi(w0) - <grad psi(w0), w - w0>. */
    private Dfp divergence(Dfp[] w, Dfp[] w0, Dfp[] theta0) {
        return psi.value(w)
                .subtract(psi.value(w0))
                .subtract(DfpVectors.dot(theta0, DfpVectors.subtract(w, w0)));
    }

    private String perturbationTest(Dfp[][] x, Dfp[] w, Dfp[] w0, Dfp[] theta0) {
        DfpField field = w[0].getField();
        Dfp base = divergence(w, w0, theta0);
        SplittableRandom random = new SplittableRandom(7);
        Dfp step = field.newDfp("1e-6");
        int lower = 0;
        for (int k = 0; k < PERTURBATIONS; k++) {
            Dfp[] r = new Dfp[w.length];
            for (int i = 0; i < r.length; i++) r[i] = field.newDfp(random.nextDouble(-1, 1));
            Dfp[] dir = projectToNullSpace(x, r);
            Dfp n = DfpVectors.norm2(dir);
            if (n.isZero()) continue;
            dir = DfpVectors.scale(step.divide(n), dir);
            for (Dfp sign : new Dfp[] {field.getOne(), field.getOne().negate()}) {
                Dfp[] moved = DfpVectors.add(w, DfpVectors.scale(sign, dir));
                if (psi.domainViolation(DfpVectors.toDouble(moved)) != null) continue;
                if (divergence(moved, w0, theta0).lessThan(base)) lower++;
            }
        }
        return lower == 0
                ? "passed: D_psi does not decrease along "
                        + 2 * PERTURBATIONS
                        + " random feasible moves of length 1e-6"
                : "FAILED: " + lower + " feasible moves lower D_psi";
    }

    /** r - X^T (X X^T)^{-1} X r. */
    private static Dfp[] projectToNullSpace(Dfp[][] x, Dfp[] r) {
        Dfp[] zero = new Dfp[r.length];
        Arrays.fill(zero, r[0].getField().getZero());
        QuadraticInterpolant<Dfp> q =
                QuadraticInterpolant.solve(x, DfpVectors.multiply(x, r), zero, null);
        return DfpVectors.subtract(r, q.point.toArray());
    }

    /** max s s.t. Xw = y, w_i >= s, s <= 1: positive iff {Xw = y} meets the open orthant. */
    private static double positiveSlack(SquaredResiduals ls) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int d = ls.x()[0].length;
        Variable[] w = new Variable[d];
        for (int j = 0; j < d; j++) w[j] = model.addVariable("w" + j);
        Variable s = model.addVariable("s").upper(1).weight(1);
        for (int i = 0; i < ls.rows(); i++) {
            Expression row = model.addExpression("row" + i).level(ls.y()[i].doubleValue());
            for (int j = 0; j < d; j++) row.set(w[j], ls.x()[i][j].doubleValue());
        }
        for (int j = 0; j < d; j++) {
            Expression e = model.addExpression("pos" + j).lower(0);
            e.set(w[j], 1);
            e.set(s, -1);
        }
        Optimisation.Result result = model.maximise();
        return result.getState().isFeasible() ? result.getValue() : Double.NEGATIVE_INFINITY;
    }
}
