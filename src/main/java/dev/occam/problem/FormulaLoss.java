package dev.occam.problem;

import dev.occam.numeric.Arguments;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Symbolic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A loss given directly as a formula in w1..wk (problem kind {@code objective}): the toy landscapes
 * of the edge-of-stability papers, e.g. 1/4 (1 - w1^2 w2^2)^2. Gradient and Hessian are Symja's
 * derivatives, compiled (see {@link FormulaDerivatives}).
 */
public final class FormulaLoss implements Problem {
    private final FormulaDerivatives loss;

    public FormulaLoss(FormulaDerivatives loss) {
        this.loss = loss;
    }

    @Override
    public String kind() {
        return "objective";
    }

    @Override
    public int dimension() {
        return loss.parameters();
    }

    @Override
    public Objective objective(Tier tier) {
        return new TierObjective(tier);
    }

    /**
     * The Hessian of the formula; null when it has kinks (Abs, Max, ...), see {@link
     * #curvatureRefusal}.
     */
    @Override
    public Curvature curvature() {
        return loss.twiceDifferentiable() ? new FormulaCurvature(loss) : null;
    }

    @Override
    public String curvatureRefusal() {
        return loss.twiceDifferentiable()
                ? null
                : "problem.loss '"
                        + loss.formula().text()
                        + "' is not twice differentiable everywhere (it uses Abs, Sign, Max or Min), so it has no Hessian";
    }

    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        Map<String, Supplier<Map<String, String>>> out = new LinkedHashMap<>();
        out.put(LossText.LOSS, () -> loss.formula().rendered());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < loss.parameters(); i++) entries.add(loss.derivative(i).text());
        out.put(
                LossText.GRADIENT,
                () ->
                        Symbolic.get()
                                .parse(
                                        "{" + String.join(", ", entries) + "}",
                                        loss.formula().variables(),
                                        limit)
                                .rendered());
        return out;
    }

    /**
     * The formula and its gradient evaluated in one tier; scratch arguments, so not thread-safe.
     */
    private final class TierObjective implements Objective {
        private final Tier tier;
        private final Arguments args;

        TierObjective(Tier tier) {
            this.tier = tier;
            this.args = tier.arguments(loss.arity());
        }

        @Override
        public Tier tier() {
            return tier;
        }

        @Override
        public int dimension() {
            return loss.parameters();
        }

        @Override
        public Scalar loss(Vec w) {
            args.set(0, w);
            return args.value(loss.value());
        }

        @Override
        public void gradient(Vec w, Vec out) {
            args.set(0, w);
            for (int i = 0; i < loss.parameters(); i++) args.evaluate(loss.gradient(i), out, i);
        }
    }

    /** The compiled second derivatives at a double point, and their interval enclosures. */
    private static final class FormulaCurvature implements Curvature {
        private final FormulaDerivatives loss;
        private final CompiledFormula[][] h;

        FormulaCurvature(FormulaDerivatives loss) {
            this.loss = loss;
            this.h = loss.hessian();
        }

        @Override
        public int dimension() {
            return loss.parameters();
        }

        @Override
        public void hessian(double[] w, double[][] out) {
            for (int i = 0; i < h.length; i++)
                for (int j = 0; j < h.length; j++) out[i][j] = h[i][j].value(w);
        }

        @Override
        public Interval[][] enclose(double[] w) {
            Interval[] at = new Interval[w.length];
            for (int i = 0; i < w.length; i++) at[i] = Interval.point(w[i]);
            Interval[][] out = new Interval[h.length][h.length];
            for (int i = 0; i < h.length; i++)
                for (int j = 0; j < h.length; j++) out[i][j] = h[i][j].enclose(at);
            return out;
        }
    }
}
