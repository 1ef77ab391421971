package dev.occam.problem;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.symbolic.Notation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A nonlinear model f(w; x_n) fitted to data (problem kind {@code model}): parameters w1..wk,
 * inputs x1..xd, the model a formula or a built-in network written as one (see {@link Networks}).
 * With a classification loss L(w) = sum_n l(y_n f(w; x_n)), y_n in {-1, 1}, l exponential or
 * logistic, evaluated in the log domain; with the squared loss L(w) = sum_n (f(w; x_n) - y_n)^2 (no
 * 1/2, as least squares). Gradients and Hessians come from Symja's derivatives of f, compiled once.
 *
 * @param f the model with its derivatives in w (variables w1..wk, then x1..xd)
 * @param x n x d inputs
 * @param y labels -1 / 1 (classification) or targets (squared)
 * @param homogeneity the verified order L of f(c w; x) = c^L f(w; x), 0 when it is not homogeneous
 * @param refusal why the model has no Hessian (ReLU), or null when it has one
 */
public record Model(
        FormulaDerivatives f, Value[][] x, Value[] y, Loss loss, int homogeneity, String refusal)
        implements Problem {

    public enum Loss {
        EXPONENTIAL,
        LOGISTIC,
        SQUARED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The margin loss of a classifier; null for the squared loss. */
        public Classification.Loss margin() {
            return switch (this) {
                case EXPONENTIAL -> Classification.Loss.EXPONENTIAL;
                case LOGISTIC -> Classification.Loss.LOGISTIC;
                case SQUARED -> null;
            };
        }
    }

    @Override
    public String kind() {
        return "model";
    }

    @Override
    public int dimension() {
        return f.parameters();
    }

    public int points() {
        return x.length;
    }

    @Override
    public Objective objective(Tier tier) {
        return loss == Loss.SQUARED
                ? new ModelObjective.Squared(this, tier)
                : new ModelObjective.Margins(this, tier);
    }

    @Override
    public Curvature curvature() {
        return refusal == null ? new ModelCurvature(this) : null;
    }

    @Override
    public String curvatureRefusal() {
        return refusal;
    }

    @Override
    public MarginModel marginModel() {
        return loss == Loss.SQUARED ? null : new ModelMargins(this);
    }

    /** The model f(w; x) and the loss in generic notation. */
    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        Map<String, Supplier<Map<String, String>>> out = new LinkedHashMap<>();
        out.put("f(w; x) (model)", () -> f.formula().rendered());
        out.put(LossText.LOSS, () -> Notation.sumOfModelLosses(points(), this.loss.word(), limit));
        return out;
    }
}
