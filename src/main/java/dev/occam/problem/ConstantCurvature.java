package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;

/**
 * The Hessian of a quadratic loss: the same exact matrix at every point (A of a quadratic, 2 X^T X
 * of least squares), rounded to double once and enclosed once. A rational entry's enclosure is its
 * tightest double interval; an irrational one (known to {@link Value#DIGITS} digits) is widened by
 * one ulp on each side, far more than its error.
 */
final class ConstantCurvature implements Curvature {
    private final double[][] h;
    private final Interval[][] enclosure;

    ConstantCurvature(Value[][] exact) {
        int k = exact.length;
        h = new double[k][k];
        enclosure = new Interval[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Value v = exact[i][j];
                h[i][j] = v.doubleValue();
                enclosure[i][j] = Interval.enclosing(v);
            }
        }
    }

    /** 2 X^T X, exact where X is. */
    static ConstantCurvature twiceGram(Value[][] x) {
        int d = x[0].length;
        Value[][] g = new Value[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                boolean rational = true;
                BigFraction q = BigFraction.ZERO;
                BigDecimal s = BigDecimal.ZERO;
                for (Value[] row : x) {
                    rational &= row[i].isRational() && row[j].isRational();
                    if (rational) q = q.add(row[i].rational().multiply(row[j].rational()));
                    s = s.add(row[i].decimal().multiply(row[j].decimal()), Value.CONTEXT);
                }
                g[i][j] =
                        rational
                                ? Value.of(q.multiply(2), Value.text(q.multiply(2)))
                                : Value.irrational(
                                        s.multiply(BigDecimal.valueOf(2)),
                                        s.multiply(BigDecimal.valueOf(2)).toString());
            }
        }
        return new ConstantCurvature(g);
    }

    @Override
    public int dimension() {
        return h.length;
    }

    @Override
    public void hessian(double[] w, double[][] out) {
        for (int i = 0; i < h.length; i++) System.arraycopy(h[i], 0, out[i], 0, h.length);
    }

    @Override
    public Interval[][] enclose(double[] w) {
        Interval[][] out = new Interval[h.length][];
        for (int i = 0; i < h.length; i++) out[i] = enclosure[i].clone();
        return out;
    }
}
