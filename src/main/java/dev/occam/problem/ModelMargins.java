package dev.occam.problem;

import dev.occam.numeric.Interval;

/** A classification {@link Model}'s margins q_n(w) = y_n f(w; x_n) and their gradients. */
final class ModelMargins implements MarginModel {
    private final Model model;
    private final ModelPoints points;

    ModelMargins(Model model) {
        this.model = model;
        this.points = new ModelPoints(model.f(), model.x());
    }

    @Override
    public int points() {
        return model.points();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public int homogeneity() {
        return model.homogeneity();
    }

    @Override
    public Classification.Loss loss() {
        return model.loss().margin();
    }

    private int label(int p) {
        return model.y()[p].rational().signum();
    }

    @Override
    public void margins(double[] w, double[] out) {
        for (int p = 0; p < out.length; p++)
            out[p] = label(p) * points.value(points.arguments(w, p));
    }

    @Override
    public void marginGradients(double[] w, double[][] out) {
        for (int p = 0; p < out.length; p++) {
            points.gradient(points.arguments(w, p), out[p]);
            if (label(p) < 0) for (int i = 0; i < out[p].length; i++) out[p][i] = -out[p][i];
        }
    }

    @Override
    public Interval[] encloseMargins(double[] w) {
        Interval[] out = new Interval[points()];
        for (int p = 0; p < out.length; p++) {
            Interval f = points.value(points.enclosures(w, p));
            out[p] = label(p) > 0 ? f : f.negate();
        }
        return out;
    }

    @Override
    public Interval[][] encloseMarginGradients(double[] w) {
        Interval[][] out = new Interval[points()][];
        for (int p = 0; p < out.length; p++) {
            Interval[] g = points.gradient(points.enclosures(w, p));
            if (label(p) < 0) for (int i = 0; i < g.length; i++) g[i] = g[i].negate();
            out[p] = g;
        }
        return out;
    }
}
