package dev.occam.problem;

import dev.occam.numeric.Arguments;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

/**
 * A {@link Model}'s loss in one tier. Each data point has its own argument list with x_n loaded
 * once in the tier's precision; an evaluation copies w into each and runs the compiled f and grad f
 * trees: N (k + 1) tree evaluations per gradient, no Symja. Scratch vectors: not thread-safe.
 */
abstract sealed class ModelObjective implements Objective {
    final Model model;
    final Tier tier;
    final int k;
    private final Arguments[] points;

    /** f(w; x_n) for every n. */
    final Vec values;

    /** grad f(w; x_n) of the point being summed. */
    final Vec pointGradient;

    ModelObjective(Model model, Tier tier) {
        this.model = model;
        this.tier = tier;
        this.k = model.dimension();
        int n = model.points();
        int d = model.x()[0].length;
        this.points = new Arguments[n];
        for (int p = 0; p < n; p++) {
            points[p] = tier.arguments(k + d);
            for (int j = 0; j < d; j++) points[p].set(k + j, model.x()[p][j]);
        }
        this.values = tier.zeros(n);
        this.pointGradient = tier.zeros(k);
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public int dimension() {
        return k;
    }

    /** Loads w into every point's arguments and fills {@link #values}. */
    void evaluate(Vec w) {
        for (int p = 0; p < points.length; p++) {
            points[p].set(0, w);
            points[p].evaluate(model.f().value(), values, p);
        }
    }

    /** pointGradient = grad f(w; x_p), after {@link #evaluate} loaded w. */
    void gradientAt(int p) {
        for (int i = 0; i < k; i++) points[p].evaluate(model.f().gradient(i), pointGradient, i);
    }

    /** L = sum_n (f(w; x_n) - y_n)^2, grad L = 2 sum_n (f - y_n) grad f. */
    static final class Squared extends ModelObjective {
        private final Vec targets;
        private final Vec residuals;

        Squared(Model model, Tier tier) {
            super(model, tier);
            this.targets = tier.of(model.y());
            this.residuals = tier.zeros(model.points());
        }

        private void residuals(Vec w) {
            evaluate(w);
            residuals.set(values);
            residuals.axpy(-1, targets);
        }

        @Override
        public Scalar loss(Vec w) {
            residuals(w);
            return residuals.dot(residuals);
        }

        @Override
        public void gradient(Vec w, Vec out) {
            residuals(w);
            out.setZero();
            for (int p = 0; p < residuals.size(); p++) {
                gradientAt(p);
                out.axpy(residuals.element(p).multiply(2), pointGradient);
            }
        }
    }

    /**
     * L = sum_n l(y_n f(w; x_n)) in the log domain (see {@link MarginTerms}): grad L / L = -sum_n
     * q_n y_n grad f(w; x_n).
     */
    static final class Margins extends ModelObjective implements LogDomainObjective {
        private final MarginTerms margin;
        private final Vec labels;

        Margins(Model model, Tier tier) {
            super(model, tier);
            this.margin =
                    new MarginTerms(
                            tier,
                            model.loss() == Model.Loss.EXPONENTIAL,
                            tier.zeros(model.points()));
            this.labels = tier.of(model.y());
        }

        private void margins(Vec w) {
            evaluate(w);
            margin.margins().set(values);
            margin.margins().multiplyElements(labels);
        }

        @Override
        public Scalar logLoss(Vec w) {
            margins(w);
            return margin.logLoss();
        }

        @Override
        public Scalar loss(Vec w) {
            return logLoss(w).exp();
        }

        @Override
        public Scalar normalizedGradient(Vec w, Vec out) {
            margins(w);
            Scalar logL = margin.weigh();
            out.setZero();
            Vec q = margin.weights();
            for (int p = 0; p < q.size(); p++) {
                gradientAt(p);
                Scalar qp = q.element(p);
                out.axpy(model.y()[p].rational().signum() > 0 ? qp.negate() : qp, pointGradient);
            }
            return logL;
        }

        /**
         * The log-polar form of grad L / L from its computed value: unlike the linear classifier's
         * (which keeps each component's size as a log), a component below the tier's smallest
         * number is reported as 0. Sign and coordinate descent on a model therefore see only what
         * the tier can hold.
         */
        @Override
        public Scalar normalizedGradient(Vec w, Vec signs, Vec logs) {
            Scalar logL = normalizedGradient(w, signs);
            for (int i = 0; i < k; i++) {
                Scalar g = signs.element(i);
                int sign = g.signum();
                logs.set(
                        i,
                        sign == 0
                                ? tier.scalar(Double.NEGATIVE_INFINITY)
                                : (sign > 0 ? g : g.negate()).log());
                signs.set(i, tier.scalar(sign));
            }
            return logL;
        }

        @Override
        public void gradient(Vec w, Vec out) {
            Scalar logL = normalizedGradient(w, out);
            out.scale(logL.exp());
        }
    }
}
