package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Value;

/**
 * The margins q_n(w) = z_n . w of a linear classifier (z_n = y_n x_n, rounded to double once and
 * enclosed once), homogeneous of order 1 by construction: the {@link MarginModel} of an unweighted
 * {@link Classification}. Their gradients are the signed points themselves, so the KKT test of a
 * direction reduces to the l2 max-margin SVM on the data.
 */
record LinearMargins(double[][] z, Interval[][] enclosedZ, Classification.Loss loss)
        implements MarginModel {

    static LinearMargins of(Classification c) {
        Value[][] exact = c.signed();
        double[][] z = new double[exact.length][];
        Interval[][] e = new Interval[exact.length][];
        for (int n = 0; n < exact.length; n++) {
            z[n] = new double[exact[n].length];
            e[n] = new Interval[exact[n].length];
            for (int j = 0; j < exact[n].length; j++) {
                z[n][j] = exact[n][j].doubleValue();
                e[n][j] = Interval.enclosing(exact[n][j]);
            }
        }
        return new LinearMargins(z, e, c.loss());
    }

    @Override
    public int points() {
        return z.length;
    }

    @Override
    public int dimension() {
        return z[0].length;
    }

    @Override
    public int homogeneity() {
        return 1;
    }

    @Override
    public void margins(double[] w, double[] out) {
        for (int n = 0; n < z.length; n++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) s += z[n][j] * w[j];
            out[n] = s;
        }
    }

    @Override
    public void marginGradients(double[] w, double[][] out) {
        for (int n = 0; n < z.length; n++) for (int j = 0; j < w.length; j++) out[n][j] = z[n][j];
    }

    @Override
    public Interval[] encloseMargins(double[] w) {
        Interval[] out = new Interval[z.length];
        for (int n = 0; n < z.length; n++) {
            Interval s = Interval.point(0);
            for (int j = 0; j < w.length; j++)
                s = s.add(enclosedZ[n][j].multiply(Interval.point(w[j])));
            out[n] = s;
        }
        return out;
    }

    @Override
    public Interval[][] encloseMarginGradients(double[] w) {
        Interval[][] out = new Interval[z.length][];
        for (int n = 0; n < z.length; n++) out[n] = enclosedZ[n].clone();
        return out;
    }
}
