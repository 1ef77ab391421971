package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.util.List;
import java.util.Locale;

/**
 * {@code classification}: L(w) = sum_n c_n l(z_n . w), z_n = y_n x_n, with labels given or
 * generated as the signs of a hyperplane (dropping the points nearer than a margin).
 */
final class ClassificationKind implements Kind<Problem> {
    @Override
    public String name() {
        return "classification";
    }

    @Override
    public String summary() {
        return "L(w) = sum_n c_n l(y_n x_n . w) with an exponential or logistic loss l, computed in the log domain.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("X", ValueType.MATRIX, "n x d data"),
                Key.required(
                        "y",
                        ValueType.LABELS,
                        "labels, or y_n = sign(x_n . w) dropping the points with |x_n . w| < m"),
                Key.optional(
                        "loss",
                        ValueType.choice(List.of("exponential", "logistic")),
                        "exponential",
                        "the loss l"),
                Key.optional(
                        "weights",
                        ValueType.VECTOR,
                        "all 1",
                        "positive importance weights c_n, of length n"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        Value[][] x = s.matrix("X");
        Classification.Loss loss =
                Classification.Loss.valueOf(
                        s.optionalChoice("loss", List.of("exponential", "logistic"))
                                .orElse("exponential")
                                .toUpperCase(Locale.ROOT));
        Labels data = Labels.read(s, x);
        x = data.x();
        int[] labels = data.labels();
        Value[] weights = null;
        if (s.has("weights")) {
            weights = s.vector("weights", x.length);
            for (int n = 0; n < weights.length; n++) {
                if (weights[n].decimal().signum() <= 0)
                    throw s.error(
                            "weights",
                            "expected positive weights, got "
                                    + weights[n].text()
                                    + " at index "
                                    + n);
            }
        }
        return new Classification(x, labels, weights, loss);
    }
}
