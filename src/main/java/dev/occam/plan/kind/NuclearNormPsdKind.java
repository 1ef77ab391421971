package dev.occam.plan.kind;

import dev.occam.prediction.NuclearNormPsd;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code nuclear-norm-psd}: argmin trace(W) over the positive semidefinite W with A(W) = y, on a
 * matrix problem with {@code symmetric: true}.
 */
final class NuclearNormPsdKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "nuclear-norm-psd";
    }

    @Override
    public String summary() {
        return "On a symmetric matrix problem (matrix-completion or matrix-sensing with symmetric: true): argmin { trace(W) : "
                + "A(W) = y, W positive semidefinite }, the least nuclear norm over the PSD matrices, by ADMM in double, Newton on "
                + "the complementarity conditions in high precision, and an exact rational certificate (strict complementarity, "
                + "injectivity on the face, a feasible positive definite point, weak duality) that bounds the distance of every "
                + "minimizer to the reported W.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        if (b.problem().matrixShape() == null || !b.problem().symmetricMatrix())
            throw s.error(
                    "kind",
                    "nuclear-norm-psd needs a symmetric matrix problem (matrix-completion or matrix-sensing with symmetric: true), got "
                            + b.problem().kind()
                            + (b.problem().matrixShape() == null
                                    ? ""
                                    : " without symmetric: true"));
        return new NuclearNormPsd();
    }
}
