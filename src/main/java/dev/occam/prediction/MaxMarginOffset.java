package dev.occam.prediction;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.problem.Classification;
import dev.occam.problem.DfpVectors;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHN+18 offset: under a constant step eta, gradient descent on an exponentially tailed loss
 * follows w(t) = w_hat log t + w~ + o(1), where eta c_n exp(-z_n.w~) = alpha_n on the support set S
 * (alpha the SVM's dual weights, c_n the importance weights), i.e. z_n.w~ = log(eta c_n / alpha_n).
 * w~ is the least-norm solution of that system in span{z_n : n in S} plus the part of w(0)
 * orthogonal to the span. Solved in Dfp at digits + 20 (the logs are irrational); the SVM part is
 * {@link MaxMargin#l2()}'s exact solution. A support vector with alpha_n = 0 makes the offset fail
 * to exist (||w(t) - w_hat log t|| grows like log log t): unmet.
 */
public final class MaxMarginOffset implements Predictor {
    @Override
    public String kind() {
        return "max-margin-offset";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Classification problem = MaxMargin.classification(input.problem(), kind());
        List<String> pre = new ArrayList<>();
        double eta = input.step();
        if (!(Double.isFinite(eta) && eta > 0)) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "max-margin-offset needs a constant step: the offset w~ depends on a fixed eta "
                            + "(eta c_n exp(-z_n.w~) = alpha_n), and this run's step is not a finite positive constant");
        }
        pre.add("constant step eta = " + BigDecimal.valueOf(eta).toString());
        pre.add("labels y_n in {-1, +1}: guaranteed by the classification problem");
        pre.add(
                "loss "
                        + problem.loss().word()
                        + (problem.loss() == Classification.Loss.EXPONENTIAL
                                ? ": the SHN+18 setting"
                                : ": exponential tail exp(-u), as SHN+18 requires"));
        Signed data = Signed.of(problem, pre);
        if (data.unmet() != null) return Prediction.unmet(kind(), pre, data.unmet());
        BigFraction[][] z = data.z();
        double[][] zd = data.zd();
        HardMarginSvm.Solution s = MaxMargin.svm(z, zd);
        if (s == null)
            return Prediction.unmet(
                    kind(),
                    pre,
                    "the hard-margin SVM QP (ojalgo) failed or its exact active-set polish did not settle");
        List<Integer> support = s.support();
        for (int n : support) {
            if (s.alpha()[n].signum() == 0) {
                return Prediction.unmet(
                        kind(),
                        pre,
                        "degenerate support vector: point "
                                + n
                                + " is on the margin (z_"
                                + n
                                + ".w_hat = 1) but its dual weight alpha_"
                                + n
                                + " = 0, so eta c_n exp(-z_n.w~) = alpha_n has no solution: "
                                + "the offset w~ does not exist and ||w(t) - w_hat log t|| grows like log log t");
            }
        }
        if (!s.independent()) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "the support vectors "
                            + MaxMargin.indices(support)
                            + " are linearly dependent: the dual weights alpha_n are not unique, so the offset w~ is not determined");
        }
        pre.add(
                "every support vector has alpha_n > 0 and the support vectors are linearly independent (exact rational arithmetic)");
        int dataRank = RationalLinearAlgebra.rank(z);
        if (dataRank > support.size()) {
            // points off span{z_S} push w along directions the offset equations do not see, by an
            // amount
            // that depends on the whole trajectory: w~ has a closed form only when the support
            // spans the data
            return Prediction.unmet(
                    kind(),
                    pre,
                    "the support vectors "
                            + MaxMargin.indices(support)
                            + " span "
                            + support.size()
                            + " of the "
                            + dataRank
                            + " dimensions the data span: the part of w~ outside their span depends on the whole "
                            + "trajectory, so SHN+18's closed form for w~ needs support vectors that span the data (use prediction max-margin)");
        }
        pre.add(
                "the support vectors span the data (rank "
                        + dataRank
                        + ", exact): w~ is determined by the offset equations and w0");
        int digits = input.digits();
        DfpField field = new DfpField(digits + 20);
        Dfp etaD = field.newDfp(BigDecimal.valueOf(eta).toPlainString());
        int k = support.size();
        Dfp[][] zs = new Dfp[k][];
        Dfp[] rhs = new Dfp[k];
        Dfp[] alpha = new Dfp[k];
        Dfp[] c = new Dfp[k];
        for (int i = 0; i < k; i++) {
            int n = support.get(i);
            zs[i] = DfpVectors.of(field, data.zv()[n]);
            alpha[i] = dfp(field, s.alpha()[n]);
            c[i] = DfpVectors.of(field, problem.weight(n));
            rhs[i] = etaD.multiply(c[i]).divide(alpha[i]).log();
        }
        Dfp[] w0 = DfpVectors.of(field, input.w0());
        Dfp[][] gram = new Dfp[k][k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) gram[i][j] = DfpVectors.dot(zs[i], zs[j]);
        FieldDecompositionSolver<Dfp> solver =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(gram, false)).getSolver();
        Dfp[] beta = solver.solve(new ArrayFieldVector<>(rhs, false)).toArray();
        Dfp[] span = DfpVectors.multiplyTransposed(zs, beta);
        Dfp[] gamma =
                solver.solve(new ArrayFieldVector<>(DfpVectors.multiply(zs, w0), false)).toArray();
        Dfp[] perp = DfpVectors.subtract(w0, DfpVectors.multiplyTransposed(zs, gamma));
        Dfp[] wTilde = DfpVectors.add(span, perp);
        Dfp worst = field.getZero();
        for (int i = 0; i < k; i++) {
            Dfp r =
                    etaD.multiply(c[i])
                            .multiply(DfpVectors.dot(zs[i], wTilde).negate().exp())
                            .subtract(alpha[i])
                            .divide(alpha[i])
                            .abs();
            if (r.greaterThan(worst)) worst = r;
        }
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "offset equations max_{n in S} |eta c_n exp(-z_n.w~) - alpha_n| / alpha_n",
                Decimals.brief(worst) + " (" + field.getRadixDigits() * 4 + "-digit arithmetic)");
        cert.put(
                "orthogonal part ||Z_S P_perp w0||",
                Decimals.brief(DfpVectors.norm2(DfpVectors.multiply(zs, perp)))
                        + ": w~ - P_perp w0 = Z_S^T beta lies in span{z_n : n in S} by construction");
        cert.put(
                "support set",
                MaxMargin.indices(support) + ": every alpha_n > 0, linearly independent");
        String arithmetic =
                Fractions.allRational(data.zv()) ? MaxMargin.EXACT : MaxMargin.EXACT_ROUNDED;
        MaxMargin.kkt(z, s.w(), s.alpha(), arithmetic)
                .forEach((name, v) -> cert.put("SVM " + name, v));
        int out = digits + 10;
        Map<String, BigDecimal[]> q = new LinkedHashMap<>();
        q.put("w_tilde", round(Decimals.of(wTilde), out));
        q.put("w_hat", Fractions.decimals(s.w(), out));
        q.put("alpha", Fractions.decimals(s.alpha(), out));
        q.put("margin", new BigDecimal[] {MaxMargin.margin(Fractions.dot(s.w(), s.w()), out)});
        q.put("support", MaxMargin.support(support));
        Map<String, Map<String, String>> derived = new LinkedHashMap<>();
        derived.put(
                "offset equations",
                MaxMargin.rendered(
                        "eta c_n exp(-z_n.w~) = alpha_n for n in S, w~ - P_perp w0 in span{z_n : n in S}",
                        "\\eta c_n e^{-z_n^\\top \\tilde w} = \\alpha_n\\ (n \\in S)"));
        return new Prediction(
                kind(), q.get("w_tilde"), null, cert, pre, null, Map.of(), derived, q);
    }

    private static Dfp dfp(DfpField field, BigFraction f) {
        return field.newDfp(f.getNumerator().toString())
                .divide(field.newDfp(f.getDenominator().toString()));
    }

    private static BigDecimal[] round(BigDecimal[] v, int digits) {
        MathContext mc = new MathContext(digits);
        BigDecimal[] out = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].round(mc);
        return out;
    }
}
