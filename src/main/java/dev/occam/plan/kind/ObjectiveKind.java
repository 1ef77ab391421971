package dev.occam.plan.kind;

import dev.occam.problem.FormulaDerivatives;
import dev.occam.problem.FormulaLoss;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;
import dev.occam.symbolic.FormulaException;

import java.util.List;

/** {@code objective}: a loss given directly as a formula in w1..wk. */
final class ObjectiveKind implements Kind<Problem> {
    @Override
    public String name() {
        return "objective";
    }

    @Override
    public String summary() {
        return "L(w) given as a formula in w1..wk (a toy landscape such as 1/4*(1 - w1^2*w2^2)^2); gradient and Hessian from Symja's derivatives, compiled once.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("loss", ValueType.NON_EMPTY_STRING, "the loss, a formula in w1..wk"),
                Key.optional(
                        "dimension",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1}", "positive integer"),
                        "the largest index of w in the loss",
                        "the number of parameters k, when some w_i do not appear in the loss"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        String text = s.string("loss");
        FormulaIndices used = new FormulaIndices(text);
        int k;
        if (s.has("dimension")) {
            long given = s.integer("dimension");
            if (given < 1 || given > 10_000)
                throw s.error("dimension", "expected a positive integer, got " + given);
            k = (int) given;
            if (used.parameters() > k)
                throw s.error(
                        "loss", "uses w" + used.parameters() + " but problem.dimension is " + k);
        } else {
            used.requireNoGaps(s, "loss");
            k = used.parameters();
            if (k == 0)
                throw s.error(
                        "loss", "the loss uses no parameter w1, w2, ... (write it in w1..wk)");
        }
        List<String> w = FormulaIndices.names("w", k);
        FormulaDerivatives loss =
                b.derived(
                        "objective " + k + " " + text,
                        () -> {
                            try {
                                return FormulaDerivatives.of(b.formula(s, "loss", text, w), k);
                            } catch (FormulaException e) {
                                throw s.error("loss", e.getMessage());
                            }
                        });
        return new FormulaLoss(loss);
    }
}
