package dev.occam.problem;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.symbolic.Notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Binary linear classification with an exponentially tailed loss (deck section 5): L(w) = sum_n c_n
 * l(y_n x_n.w), l(m) = exp(-m) (exponential) or log(1 + exp(-m)) (logistic), importance weights c_n
 * (all 1 when absent). z_n = y_n x_n are the signed points the theory uses.
 *
 * @param x n x d data
 * @param labels y_n in {-1, +1}
 * @param weights c_n > 0, or null for all 1
 */
public record Classification(Value[][] x, int[] labels, Value[] weights, Loss loss)
        implements Problem, MarginLoss {

    public enum Loss {
        EXPONENTIAL,
        LOGISTIC;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String kind() {
        return "classification";
    }

    @Override
    public int dimension() {
        return x[0].length;
    }

    @Override
    public MarginLoss marginLoss() {
        return this;
    }

    /**
     * q_n(w) = z_n . w, order 1; null with importance weights, which Lyu and Li's L = sum_n l(q_n)
     * does not have.
     */
    @Override
    public MarginModel marginModel() {
        return weights == null ? LinearMargins.of(this) : null;
    }

    @Override
    public int points() {
        return x.length;
    }

    @Override
    public Value[][] signed() {
        Value[][] z = new Value[x.length][];
        for (int n = 0; n < x.length; n++) {
            z[n] = new Value[x[n].length];
            for (int j = 0; j < x[n].length; j++)
                z[n][j] = labels[n] > 0 ? x[n][j] : x[n][j].negate();
        }
        return z;
    }

    @Override
    public Value weight(int n) {
        return weights == null ? Value.of(1) : weights[n];
    }

    @Override
    public Objective objective(Tier tier) {
        return new ClassificationObjective(this, tier);
    }

    /**
     * sum_n c_n l(z_n.w) and -sum_n c_n z_n l'(z_n.w) entry by entry, or the generic sum of margin
     * losses for large data.
     */
    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        Value[][] z = signed();
        boolean logistic = loss == Loss.LOGISTIC;
        if (!LossText.small(z, weights == null ? new Value[0] : weights)) {
            return LossText.generic(
                    () -> Notation.sumOfMarginLosses(points(), logistic, weights != null, limit));
        }
        List<String> w = LossText.variables(dimension());
        List<String> terms = new ArrayList<>();
        List<List<String>> gradient = LossText.entries(dimension());
        for (int n = 0; n < z.length; n++) {
            String margin = LossText.linear(z[n], w);
            Value weight = weight(n);
            String exp = "Exp(-(" + margin + "))";
            terms.add(
                    LossText.times(
                            LossText.coefficient(weight), logistic ? "Log(1 + " + exp + ")" : exp));
            String slope = logistic ? "(1 + Exp(" + margin + "))^(-1)" : exp; // -l'(u) at u = z_n.w
            for (int j = 0; j < w.size(); j++) {
                if (!LossText.isZero(z[n][j]))
                    gradient.get(j)
                            .add(
                                    LossText.times(
                                            LossText.coefficient(weight.times(z[n][j]).negate()),
                                            slope));
            }
        }
        return LossText.explicit(
                LossText.sum(terms), gradient.stream().map(LossText::sum).toList(), limit);
    }
}
