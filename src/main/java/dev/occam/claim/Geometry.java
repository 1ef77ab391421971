package dev.occam.claim;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.problem.MarginLoss;
import dev.occam.problem.Problem;
import dev.occam.run.PointRun;

import java.math.BigDecimal;

/**
 * The max-margin geometry of a classification run in the run's tier: the unit direction of w_hat,
 * the signed data, and the SHN+18 offset w~ when predicted. Measures iterates against them.
 */
public final class Geometry {
    private final Vec unitHat;
    private final Vec hat;
    private final Vec offset;
    private final double[][] z;

    /** The norm margins are measured in: 1, 2 or infinity (the prediction's norm). */
    private final double p;

    private Geometry(Vec hat, Vec offset, double[][] z, double p) {
        this.hat = hat;
        this.unitHat = unit(hat);
        this.offset = offset;
        this.z = z;
        this.p = p;
    }

    /** Null unless the run is a classification run with a max-margin prediction. */
    public static Geometry of(PointRun run) {
        return of(run.problem(), run.prediction(), run.tier());
    }

    /** The same before the run, for watches that measure every iterate. */
    static Geometry of(Problem problem, Prediction p, Tier tier) {
        MarginLoss data = problem.marginLoss();
        if (data == null || p == null || !p.available()) return null;
        BigDecimal[] hat = p.quantities().getOrDefault("w_hat", p.value());
        BigDecimal[] tilde = p.quantities().get("w_tilde");
        double[][] z = new double[data.points()][];
        var signed = data.signed();
        for (int n = 0; n < z.length; n++) {
            z[n] = new double[signed[n].length];
            for (int j = 0; j < z[n].length; j++) z[n][j] = signed[n][j].doubleValue();
        }
        return new Geometry(tier.of(hat), tilde == null ? null : tier.of(tilde), z, p.marginNorm());
    }

    /**
     * SHN+18's constants for constant-step GD (step eta): max-margin-norm ||w_hat|| (the slope of
     * ||w_t|| in log t), loss-constant ||w_hat||^2 / eta (the limit of t L(w_t)), norm-offset
     * w_hat.w~ / ||w_hat|| (the limit of ||w_t|| - ||w_hat|| log t), direction-constant ||P_perp
     * w~||^2 / (2 ||w_hat||^2) (the direction gap 1 - cos ~ it / log^2 t). NaN when unavailable.
     */
    public static double constant(String name, PointRun run) {
        Geometry g = of(run);
        double eta = run.algorithm().asymptoticStep();
        if (g == null) return Double.NaN;
        double hatNorm = Math.sqrt(g.hat.dot(g.hat).doubleValue());
        return switch (name) {
            case "max-margin-norm" -> hatNorm;
            case "loss-constant" -> hatNorm * hatNorm / eta;
            case "norm-offset" ->
                    g.offset == null ? Double.NaN : g.hat.dot(g.offset).doubleValue() / hatNorm;
            case "direction-constant" -> {
                if (g.offset == null) yield Double.NaN;
                Vec perp = g.offset.copy();
                perp.axpy(-g.hat.dot(g.offset).doubleValue() / (hatNorm * hatNorm), g.hat);
                yield perp.dot(perp).doubleValue() / (2 * hatNorm * hatNorm);
            }
            default -> Double.NaN;
        };
    }

    Vec offset() {
        return offset;
    }

    /**
     * w_t - w_hat log t (t >= 1): the part of the iterate the max-margin direction does not
     * explain.
     */
    Vec drift(Vec w, double t) {
        Vec r = w.copy();
        r.axpy(-Math.log(t), hat);
        return r;
    }

    /**
     * 1 - cos(w, w_hat) = ||w/||w|| - w_hat/||w_hat|| ||^2 / 2, free of the cancellation in 1 -
     * cos.
     */
    double directionGap(Vec w) {
        double d = unit(w).distance(unitHat);
        return d * d / 2;
    }

    /** max_n ||z_n||_2: how much a margin moves per unit of movement of a unit direction. */
    double dataScale() {
        double m = 0;
        for (double[] zn : z) {
            double s = 0;
            for (double v : zn) s += v * v;
            m = Math.max(m, Math.sqrt(s));
        }
        return m;
    }

    /** ||w_hat|| log t + ||w~||: the size of what the offset residual subtracts at time t. */
    double offsetScale(double t) {
        double h = Math.sqrt(hat.dot(hat).doubleValue());
        return h * Math.log(Math.max(t, 1))
                + (offset == null ? 0 : Math.sqrt(offset.dot(offset).doubleValue()));
    }

    /** 1 - cos(w, r). */
    static double gap(Vec w, Vec r) {
        double d = unit(w).distance(unit(r));
        return d * d / 2;
    }

    /** w / ||w||_2 in double. */
    double[] unitDirection(Vec w) {
        return unit(w).toDoubleArray();
    }

    /** min_n z_n.w / ||w|| in the prediction's norm (l2, l1 or linf). */
    double margin(Vec w) {
        double[] v = w.toDoubleArray();
        double norm = 0;
        for (double x : v)
            norm =
                    Double.isInfinite(p)
                            ? Math.max(norm, Math.abs(x))
                            : norm + Math.pow(Math.abs(x), p);
        if (Double.isFinite(p)) norm = Math.pow(norm, 1 / p);
        double min = Double.POSITIVE_INFINITY;
        for (double[] zn : z) {
            double m = 0;
            for (int j = 0; j < v.length; j++) m += zn[j] * v[j];
            min = Math.min(min, m / norm);
        }
        return min;
    }

    /** ||w_t - w_hat log t - w~|| for t >= 1. */
    double offsetResidual(Vec w, double t) {
        if (t < 1) return Double.NaN;
        Vec r = w.copy();
        r.axpy(-Math.log(t), hat);
        return r.distance(offset);
    }

    private static Vec unit(Vec v) {
        Vec u = v.copy();
        Scalar norm = v.dot(v).sqrt();
        if (norm.signum() > 0) u.scale(v.tier().scalar(1).divide(norm));
        return u;
    }
}
