package dev.occam.plan;

import java.util.Locale;
import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

/** Builders of problem kinds. */
final class ProblemKinds {
    private ProblemKinds() {
    }

    static Problem leastSquares(Section s, PointContext b) {
        Value[][] x = s.matrix("X");
        Value[] y = s.vector("y", x.length);
        if (x[0].length <= x.length) {
            throw s.error("X", "expected more columns than rows (an underdetermined system with many interpolants), got "
                    + x.length + "x" + x[0].length);
        }
        return new LeastSquares(x, y);
    }

    /**
     * X, labels y in {-1, +1} (or {sign-of: w, min-margin: m}: y_n = sign(x_n.w), dropping the points
     * with |x_n.w| < m so that the set is separable with room), loss (exponential by default), and
     * optional positive weights.
     */
    static Problem classification(Section s, PointContext b) {
        Value[][] x = s.matrix("X");
        Classification.Loss loss = Classification.Loss.valueOf(s.optionalChoice("loss", List.of("exponential", "logistic"))
                .orElse("exponential").toUpperCase(Locale.ROOT));
        int[] labels;
        if (s.isSection("y")) {
            Section g = s.section("y");
            Value[] w = g.vector("sign-of", x[0].length);
            Value m = g.optionalNumber("min-margin").orElse(Value.of(0));
            g.finish();
            List<Value[]> kept = new ArrayList<>();
            List<Integer> signs = new ArrayList<>();
            for (Value[] row : x) {
                BigDecimal dot = BigDecimal.ZERO;
                for (int j = 0; j < row.length; j++) dot = dot.add(row[j].decimal().multiply(w[j].decimal()));
                if (dot.abs().compareTo(m.decimal()) < 0 || dot.signum() == 0) continue;
                kept.add(row);
                signs.add(dot.signum());
            }
            if (kept.isEmpty()) throw g.error("min-margin", "no point of X lies at least " + m.text() + " from the hyperplane");
            x = kept.toArray(new Value[0][]);
            labels = signs.stream().mapToInt(Integer::intValue).toArray();
        } else {
            Value[] y = s.vector("y", x.length);
            labels = new int[y.length];
            for (int n = 0; n < y.length; n++) {
                int sign = y[n].decimal().signum();
                if (y[n].decimal().abs().compareTo(BigDecimal.ONE) != 0) {
                    throw s.error("y", "expected labels -1 or 1, got " + y[n].text() + " at index " + n);
                }
                labels[n] = sign;
            }
        }
        Value[] weights = null;
        if (s.has("weights")) {
            weights = s.vector("weights", x.length);
            for (int n = 0; n < weights.length; n++) {
                if (weights[n].decimal().signum() <= 0) throw s.error("weights", "expected positive weights, got " + weights[n].text() + " at index " + n);
            }
        }
        return new Classification(x, labels, weights, loss);
    }
}
