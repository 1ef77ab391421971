package dev.occam.claim;

import dev.occam.algorithm.FactorizedModel;
import dev.occam.algorithm.Stepper;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.MarginLoss;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;
import dev.occam.run.PointRun;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * The named scalar quantities of docs/spec-format.md measured along a run: distance (to the
 * prediction), loss, norm, and for max-margin predictions direction-gap (1 - cos to w_hat), margin
 * (min_n z_n.w / ||w||) and offset-residual (||w_t - w_hat log t - w~||), and for a matrix iterate
 * W (matrix sensing, completion) its largest singular values sigma-1, sigma-2 and its nuclear norm,
 * by one-sided Jacobi in the run's tier; for a homogeneous classifier ({@link
 * dev.occam.problem.MarginModel}) Lyu and Li's normalized-margin and smoothed-margin ({@link
 * HomogeneousMargins}).
 */
public final class Quantities {
    public static final List<String> NAMES =
            List.of(
                    "distance",
                    "loss",
                    "norm",
                    "direction-gap",
                    "margin",
                    "offset-residual",
                    "sigma-1",
                    "sigma-2",
                    "sigma-min",
                    "nuclear-norm",
                    "effective-rank",
                    "det",
                    "balancedness",
                    "end-to-end-residual",
                    "singular-value-residual",
                    "distance-to-l1",
                    "distance-to-l2",
                    "distance-to-min-trace",
                    "normalized-margin",
                    "smoothed-margin",
                    "sharpness",
                    "gfs-sharpness");

    /** The prediction's reference point each reference distance measures to. */
    private static final Map<String, String> REFERENCES =
            Map.of(
                    "distance-to-l1", "argmin ||w||_1",
                    "distance-to-l2", "argmin ||w - w0||_2",
                    "distance-to-min-trace",
                            dev.occam.prediction.CommutingFactorizationLimit.MIN_TRACE);

    /** The quantities of a matrix iterate W (w = vec(W)), from its singular values. */
    private static final List<String> SPECTRAL =
            List.of("sigma-1", "sigma-2", "sigma-min", "nuclear-norm", "effective-rank", "det");

    /** Rounding slack factor over the first-order error model of each quantity. */
    private static final double SLACK = 16;

    private Quantities() {}

    /**
     * A named quantity as a function of an iterate and its time, with a bound on its rounding
     * there.
     */
    interface Quantity {
        /**
         * @param stepper the run's stepper when the quantity is observed during the run, null on a
         *     recorded sample
         */
        double at(Vec w, double time, Stepper stepper);

        /** Whether the quantity needs the stepper (the factors), so that samples cannot show it. */
        default boolean live() {
            return false;
        }

        /**
         * How much {@code value}, the quantity at w, can be off from its value at the exact iterate
         * the computed w stands for: the quantity's sensitivity times the iterate's rounding, c eps
         * ||w|| per entry; a monotone claim ignores movements below it.
         */
        double slack(Vec w, double time, double value);
    }

    /**
     * The quantity as a watch sees it during a run in {@code tier}, or null when unavailable.
     *
     * @param prediction the prediction, or null when it is unavailable
     */
    static Quantity watched(
            String quantity,
            Problem problem,
            Objective objective,
            dev.occam.prediction.Prediction prediction,
            dev.occam.numeric.Tier tier) {
        Vec predicted = prediction == null ? null : tier.of(prediction.value());
        Vec reference = reference(quantity, prediction, tier);
        return of(
                quantity,
                problem,
                objective,
                reference != null ? reference : predicted,
                Geometry.of(problem, prediction, tier));
    }

    /**
     * A named quantity, or a formula quantity when {@code formula} is not null, as a watch sees it.
     */
    static Quantity watched(
            String quantity,
            FormulaQuantity formula,
            Problem problem,
            Objective objective,
            dev.occam.prediction.Prediction prediction,
            dev.occam.numeric.Tier tier) {
        if (formula == null) return watched(quantity, problem, objective, prediction, tier);
        return objective == null ? null : formula.watched(problem, objective);
    }

    /**
     * A named quantity, or a formula quantity when {@code formula} is not null, over the samples.
     */
    static double[][] series(String quantity, FormulaQuantity formula, PointRun run) {
        return formula == null ? series(quantity, run) : formula.series(run);
    }

    /**
     * For distance-to-l1, distance-to-l2 and distance-to-min-trace, the prediction's reference
     * point (argmin ||w||_1, argmin ||w - w0||_2, argmin tr W) in the tier, or null.
     */
    private static Vec reference(
            String quantity,
            dev.occam.prediction.Prediction prediction,
            dev.occam.numeric.Tier tier) {
        String key = REFERENCES.get(quantity);
        if (key == null || prediction == null) return null;
        var point = prediction.references().get(key);
        return point == null ? null : tier.of(point);
    }

    /**
     * The quantity in the run's tier, or null when unavailable (distance without prediction, the
     * max-margin quantities without a max-margin geometry). Loss is log L, which stays in range.
     */
    static Quantity of(
            String quantity, Problem problem, Objective objective, Vec predicted, Geometry g) {
        if ((quantity.equals("distance") || REFERENCES.containsKey(quantity)) && predicted == null)
            return null;
        if (g == null && List.of("direction-gap", "margin", "offset-residual").contains(quantity))
            return null;
        if (quantity.equals("offset-residual") && g.offset() == null) return null;
        int[] shape = problem == null ? null : problem.matrixShape();
        if (SPECTRAL.contains(quantity) && shape == null) return null;
        if (quantity.equals("det") && shape[0] != shape[1]) return null;
        if (Enclosed.NAMES.contains(quantity) && !quantity.equals("loss"))
            return problem == null ? null : enclosed(Enclosed.of(quantity, problem, objective));
        double rounding = rounding(problem, objective == null ? 1e-16 : objective.tier().epsilon());
        if (quantity.equals("normalized-margin") || quantity.equals("smoothed-margin"))
            return HomogeneousMargins.of(
                    quantity, problem == null ? null : problem.marginModel(), rounding);
        return switch (quantity) {
            // the reference distances measure to the point watched() or runPoint() passed
            case "distance", "distance-to-l1", "distance-to-l2", "distance-to-min-trace" ->
                    quantity(
                            (w, time) -> w.distance(predicted),
                            (w, time, v) -> rounding * (norm(w) + norm(predicted)));
            case "loss" ->
                    quantity(
                            (w, time) -> objective.logLoss(w).doubleValue(),
                            lossSlack(problem, rounding));
            case "norm" -> quantity((w, time) -> norm(w), (w, time, v) -> rounding * norm(w));
            case "direction-gap" ->
                    quantity((w, time) -> g.directionGap(w), (w, time, v) -> rounding);
            case "margin" ->
                    quantity((w, time) -> g.margin(w), (w, time, v) -> rounding * g.dataScale());
            case "offset-residual" ->
                    quantity(
                            g::offsetResidual,
                            (w, time, v) -> rounding * (norm(w) + g.offsetScale(time)));
            // Weyl: each singular value moves by at most ||dW||_2 <= ||dW||_F
            case "sigma-1", "sigma-2", "sigma-min" -> {
                int r = Math.min(shape[0], shape[1]);
                int k =
                        switch (quantity) {
                            case "sigma-1" -> 0;
                            case "sigma-2" -> 1;
                            default -> r - 1;
                        };
                yield quantity(
                        finite(
                                (w, time) ->
                                        k < r
                                                ? svd(w, shape).singularValues()[k].doubleValue()
                                                : 0),
                        (w, time, v) -> rounding * norm(w));
            }
            // the nuclear norm by at most sqrt(min(m, n)) ||dW||_F
            case "nuclear-norm" ->
                    quantity(
                            finite((w, time) -> svd(w, shape).nuclearNorm().doubleValue()),
                            (w, time, v) ->
                                    rounding * Math.sqrt(Math.min(shape[0], shape[1])) * norm(w));
            case "effective-rank" ->
                    quantity(
                            finite((w, time) -> Spectra.effectiveRank(svd(w, shape))),
                            (w, time, v) ->
                                    rounding
                                            * norm(w)
                                            * Spectra.effectiveRankSensitivity(svd(w, shape)));
            case "det" ->
                    quantity(
                            finite((w, time) -> Spectra.det(w, shape[0])),
                            (w, time, v) ->
                                    rounding * norm(w) * Spectra.adjugateNorm(svd(w, shape)));
            case "balancedness" -> factorLevel((f, w) -> f.balancedness(), rounding, true);
            case "end-to-end-residual" ->
                    factorLevel((f, w) -> FactorIdentities.at(f, w).endToEnd(), rounding, false);
            case "singular-value-residual" ->
                    factorLevel(
                            (f, w) -> FactorIdentities.at(f, w).singularValues(), rounding, false);
            default -> throw new IllegalArgumentException(quantity);
        };
    }

    /** The rounding of each entry of an iterate, relative to its norm: c (d + 2) eps. */
    static double rounding(Problem problem, double eps) {
        int d = problem == null ? 1 : problem.dimension();
        return SLACK * (d + 2) * eps;
    }

    /**
     * The slack of log L: least squares, L = ||r||^2 with r off by dr = c eps (||X||_F ||w|| +
     * ||y||), moves by 2 sqrt(L) dr + dr^2, so log L by log(1 + that / L), large near the floor;
     * classification, log L moves by at most max ||z_n|| dw with dw = c eps ||w||, plus the
     * log-sum-exp's own c eps.
     */
    static Slack lossSlack(Problem problem, double rounding) {
        SquaredResiduals ls = problem.squaredResiduals();
        if (ls != null) {
            double x = frobenius(ls.x()), y = 0;
            for (Value v : ls.y()) y += v.doubleValue() * v.doubleValue();
            double yNorm = Math.sqrt(y);
            return (w, time, logLoss) -> {
                double dr = rounding * (x * norm(w) + yNorm);
                double loss = Math.exp(logLoss);
                return Math.log1p((2 * Math.sqrt(loss) * dr + dr * dr) / loss);
            };
        }
        MarginLoss data = problem.marginLoss();
        double z = data != null ? maxRow(data.x()) : 1;
        return (w, time, logLoss) -> rounding * (1 + z * norm(w));
    }

    @FunctionalInterface
    interface Slack {
        double at(Vec w, double time, double value);
    }

    private static Quantity quantity(ToDoubleBiFunction<Vec, Double> value, Slack slack) {
        return new Quantity() {
            @Override
            public double at(Vec w, double time, Stepper stepper) {
                return value.applyAsDouble(w, time);
            }

            @Override
            public double slack(Vec w, double time, double v) {
                return slack.at(w, time, v);
            }
        };
    }

    /**
     * A certified interval quantity (sharpness, gfs-sharpness) as a value, its midpoint, with a
     * slack: the interval's width, plus the move rounding a wider tier's iterate to double can
     * cause (a relative 2^-50 per parameter); NaN where it is undefined.
     */
    private static Quantity enclosed(Enclosed e) {
        if (e == null) return null;
        return new Quantity() {
            private double width;

            @Override
            public double at(Vec w, double time, Stepper stepper) {
                var b = e.at(w);
                if (b == null) return Double.NaN;
                width = b.hi() - b.lo();
                return b.mid();
            }

            @Override
            public double slack(Vec w, double time, double value) {
                return width + 0x1p-50 * w.size() * Math.abs(value);
            }
        };
    }

    /** A spectral quantity is NaN (not seen) at a blown-up iterate, whose SVD has no meaning. */
    private static ToDoubleBiFunction<Vec, Double> finite(ToDoubleBiFunction<Vec, Double> f) {
        return (w, time) -> w.isFinite() ? f.applyAsDouble(w, time) : Double.NaN;
    }

    private static JacobiSvd svd(Vec w, int[] shape) {
        return JacobiSvd.ofRows(w, shape[0], shape[1]);
    }

    /**
     * A quantity of the run's factors ({@link FactorizedModel}): seen only during the run (the
     * samples keep the end-to-end iterate), NaN without factors. Balancedness: each product is off
     * by at most c eps ||W_j||_F^2, so its slack is the rounding times the largest ||W_j||_F^2,
     * read with the value (the watch asks for the slack of the iterate it just measured); the
     * identity residuals are relative, so theirs is the rounding itself.
     */
    private static Quantity factorLevel(
            ToDoubleBiFunction<FactorizedModel, Vec> value, double rounding, boolean scaled) {
        return new Quantity() {
            private double scale = 1;

            @Override
            public double at(Vec w, double time, Stepper stepper) {
                FactorizedModel f = stepper == null ? null : stepper.factorized();
                if (f == null) return Double.NaN;
                if (scaled) scale = f.factorScale();
                return value.applyAsDouble(f, w);
            }

            @Override
            public double slack(Vec w, double time, double value) {
                return rounding * scale;
            }

            @Override
            public boolean live() {
                return true;
            }
        };
    }

    private static double norm(Vec w) {
        return Math.sqrt(w.dot(w).doubleValue());
    }

    private static double frobenius(Value[][] x) {
        double s = 0;
        for (Value[] row : x) for (Value v : row) s += v.doubleValue() * v.doubleValue();
        return Math.sqrt(s);
    }

    private static double maxRow(Value[][] x) {
        double m = 0;
        for (Value[] row : x) {
            double s = 0;
            for (Value v : row) s += v.doubleValue() * v.doubleValue();
            m = Math.max(m, Math.sqrt(s));
        }
        return m;
    }

    /**
     * {t[], q[]} over the recorded samples, t being each sample's {@link Trajectory.Sample#time()}
     * (the iteration count, or a log-time flow's flow time up to 1e300), or null when the quantity
     * is unavailable.
     */
    public static double[][] series(String quantity, PointRun run) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        // the loss comes from the samples, which recorded it; the objective is not needed then
        Quantity q =
                quantity.equals("loss")
                        ? null
                        : of(
                                quantity,
                                run.problem(),
                                null,
                                runPoint(quantity, run),
                                Geometry.of(run));
        if ((q == null || q.live()) && !quantity.equals("loss")) return null;
        double[][] out = new double[2][samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Trajectory.Sample s = samples.get(i);
            out[0][i] = s.time();
            out[1][i] = q == null ? s.loss() : q.at(s.iterate(), s.time(), null);
        }
        return out;
    }

    /**
     * {q, slack} at the run's last iterate, or null when the quantity is unavailable there or needs
     * the stepper (then only a watch sees it).
     */
    static double[] last(String quantity, PointRun run) {
        Quantity q = of(quantity, run.problem(), null, runPoint(quantity, run), Geometry.of(run));
        if (q == null || q.live() || quantity.equals("loss")) return null;
        Trajectory.Sample s = run.trajectory().samples().get(run.trajectory().samples().size() - 1);
        double v = q.at(s.iterate(), s.time(), null);
        return new double[] {v, q.slack(s.iterate(), s.time(), v)};
    }

    /** The point a distance quantity measures to on this run: a reference, or the prediction. */
    private static Vec runPoint(String quantity, PointRun run) {
        if (!REFERENCES.containsKey(quantity)) return run.predicted();
        return run.prediction() == null || !run.prediction().available()
                ? null
                : reference(quantity, run.prediction(), run.tier());
    }

    /** Whether the quantity needs the run's stepper (its factors), so that only a watch sees it. */
    public static boolean live(String quantity) {
        return List.of("balancedness", "end-to-end-residual", "singular-value-residual")
                .contains(quantity);
    }

    /**
     * For a matrix iterate, {t[], sigma_k[]} over the recorded samples for each k, without the
     * zeros log axes cannot show; null for other iterates.
     */
    public static double[][][] singularValueSeries(PointRun run) {
        int[] shape = run.problem() == null ? null : run.problem().matrixShape();
        if (shape == null) return null;
        List<Trajectory.Sample> samples = run.trajectory().samples();
        int r = Math.min(shape[0], shape[1]);
        double[][] sigma = new double[samples.size()][];
        for (int i = 0; i < samples.size(); i++) {
            sigma[i] = new double[r];
            // a blown-up iterate (overflow, NaN) has no singular values to draw: its zeros are
            // skipped
            Vec w = samples.get(i).iterate();
            if (!w.isFinite()) continue;
            try {
                var values = svd(w, shape).singularValues();
                for (int k = 0; k < r; k++) sigma[i][k] = values[k].doubleValue();
            } catch (ArithmeticException | NumberFormatException notFinite) {
                // entries near double's overflow: the rotations overflow; nothing to draw
            }
        }
        double[][][] out = new double[r][][];
        for (int k = 0; k < r; k++) {
            int n = 0;
            for (double[] s : sigma) if (s[k] > 0) n++;
            out[k] = new double[2][n];
            n = 0;
            for (int i = 0; i < samples.size(); i++) {
                if (sigma[i][k] > 0) {
                    out[k][0][n] = samples.get(i).time();
                    out[k][1][n++] = sigma[i][k];
                }
            }
        }
        return out;
    }

    /** {t[], log q[]}: the log keeps losses below double's range (from the run's log L). */
    static double[][] logSeries(String quantity, PointRun run) {
        double[][] s = series(quantity, run);
        if (s == null) return null;
        List<Trajectory.Sample> samples = run.trajectory().samples();
        for (int i = 0; i < s[1].length; i++) {
            s[1][i] = quantity.equals("loss") ? samples.get(i).logLoss() : Math.log(s[1][i]);
        }
        return s;
    }

    /** Below this the quantity is rounding noise. */
    static double floor(String quantity, PointRun run) {
        // 1 - cos of unit vectors is resolved to the tier's epsilon, whatever the size of w, and
        // min_n z_n.w / ||w|| to the rounding of one evaluation (see of("margin")), scale-free too
        if (quantity.equals("direction-gap")) return 100 * run.tier().epsilon();
        if (quantity.equals("margin")) {
            Geometry g = Geometry.of(run);
            if (g != null)
                return 10 * rounding(run.problem(), run.tier().epsilon()) * g.dataScale();
        }
        double f = 10 * run.precisionFloor();
        return quantity.equals("loss") ? f * f : f;
    }
}
