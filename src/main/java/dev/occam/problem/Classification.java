package dev.occam.problem;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import java.util.Locale;

/**
 * Binary linear classification with an exponentially tailed loss (deck section 5):
 * L(w) = sum_n c_n l(y_n x_n.w), l(m) = exp(-m) (exponential) or log(1 + exp(-m)) (logistic),
 * importance weights c_n (all 1 when absent). z_n = y_n x_n are the signed points the theory uses.
 *
 * @param x       n x d data
 * @param labels  y_n in {-1, +1}
 * @param weights c_n > 0, or null for all 1
 */
public record Classification(Value[][] x, int[] labels, Value[] weights, Loss loss) implements Problem {

    public enum Loss {
        EXPONENTIAL, LOGISTIC;

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

    public int points() {
        return x.length;
    }

    /** z_n = y_n x_n, exact. */
    public Value[][] signed() {
        Value[][] z = new Value[x.length][];
        for (int n = 0; n < x.length; n++) {
            z[n] = new Value[x[n].length];
            for (int j = 0; j < x[n].length; j++) z[n][j] = labels[n] > 0 ? x[n][j] : x[n][j].negate();
        }
        return z;
    }

    /** The weight of point n (1 when none are given). */
    public Value weight(int n) {
        return weights == null ? Value.of(1) : weights[n];
    }

    @Override
    public Objective objective(Tier tier) {
        return new ClassificationObjective(this, tier);
    }
}
