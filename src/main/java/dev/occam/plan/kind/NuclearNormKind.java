package dev.occam.plan.kind;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.prediction.NuclearNorm;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

import java.util.List;

/**
 * {@code nuclear-norm-completion} (on matrix-completion) and {@code nuclear-norm-sensing} (on
 * matrix-sensing): argmin ||W||_* subject to the measurements, with a strict dual certificate. Two
 * names for one prediction, so that a spec says which problem it is about and a mismatch is an
 * error at the prediction's kind rather than an unavailable prediction.
 */
final class NuclearNormKind implements Kind<Predictor> {
    private final String name;
    private final String problemKind;

    NuclearNormKind(String name, String problemKind) {
        this.name = name;
        this.problemKind = problemKind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return "On problem.kind "
                + problemKind
                + ": argmin { ||W||_* : A(W) = y } by ADMM in double, a Newton polish on the rank-r "
                + "manifold in high precision, and an exact rational certificate (strict dual margin, injectivity on the tangent "
                + "space, duality gap) that bounds the distance of every minimizer to the reported W.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "ground-truth",
                        ValueType.json(
                                "{\"anyOf\": [{\"$ref\": \"#/definitions/matrix\"}, {\"type\": \"object\", "
                                        + "\"required\": [\"low-rank\", \"seed\"], \"additionalProperties\": false, "
                                        + "\"properties\": {\"low-rank\": {\"type\": \"integer\", \"minimum\": 1}, "
                                        + "\"seed\": {\"type\": \"integer\"}}}]}",
                                "matrix, or {low-rank: r, seed: s}"),
                        "none",
                        "M, m x n, consistent with the measurements: the prediction certifies the distance of every minimizer to M (claim kind recovery); "
                                + "{low-rank: r, seed: s}: the seeded W* of matrix-sensing's y: {low-rank: r, seed: s}"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        Problem problem = b.problem();
        if (!problem.kind().equals(problemKind))
            throw s.error(
                    "kind",
                    name + " needs problem.kind " + problemKind + ", got " + problem.kind());
        Value[][] truth = null;
        if (s.has("ground-truth")) {
            int[] shape = problem.matrixShape();
            truth =
                    s.isSection("ground-truth")
                            ? LowRankTruth.matrix(s.section("ground-truth"), shape[0], shape[1])
                            : s.matrix("ground-truth");
            if (truth.length != shape[0] || truth[0].length != shape[1])
                throw s.error(
                        "ground-truth",
                        "expected a "
                                + shape[0]
                                + "x"
                                + shape[1]
                                + " matrix (problem.shape), got "
                                + truth.length
                                + "x"
                                + truth[0].length);
            consistent(s, truth, problem);
        }
        return new NuclearNorm(name, problemKind, truth);
    }

    /**
     * With rational data, A(M) = y exactly, else an error naming the first measurement M misses.
     */
    private static void consistent(Section s, Value[][] truth, Problem problem) {
        Value[][] x = problem.squaredResiduals().x();
        Value[] y = problem.squaredResiduals().y();
        if (!RationalLinearAlgebra.isRational(truth)
                || !RationalLinearAlgebra.isRational(x)
                || !RationalLinearAlgebra.isRational(y)) return;
        int n = truth[0].length;
        for (int i = 0; i < x.length; i++) {
            BigFraction sum = BigFraction.ZERO;
            for (int k = 0; k < x[i].length; k++) {
                BigFraction a = x[i][k].rational();
                if (a.signum() != 0) sum = sum.add(a.multiply(truth[k / n][k % n].rational()));
            }
            if (!sum.equals(y[i].rational()))
                throw s.error(
                        "ground-truth",
                        "M does not satisfy measurement "
                                + i
                                + ": <A_"
                                + i
                                + ", M> = "
                                + Value.text(sum)
                                + " but y_"
                                + i
                                + " = "
                                + y[i].text());
        }
    }
}
