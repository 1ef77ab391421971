package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Value;

import java.math.BigDecimal;

/**
 * The curvature of a loss whose Hessian is one exact matrix H everywhere (a quadratic: A; least
 * squares: 2 X^T X in occam's no-1/2 convention). Rational entries are enclosed by the tightest
 * double interval; an irrational entry is known to {@link Value#DIGITS} digits, so its interval is
 * widened by one more double on each side.
 */
record ConstantCurvature(Value[][] h, double[][] doubles, Interval[][] enclosure)
        implements Curvature {

    static ConstantCurvature of(Value[][] h) {
        int k = h.length;
        double[][] d = new double[k][k];
        Interval[][] e = new Interval[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Value v = h[i][j];
                d[i][j] = v.doubleValue();
                if (v.isRational()) {
                    e[i][j] =
                            Interval.enclosing(
                                    v.rational().getNumerator(), v.rational().getDenominator());
                } else {
                    Interval near = Interval.enclosing(v.decimal());
                    e[i][j] = Interval.of(Math.nextDown(near.lo()), Math.nextUp(near.hi()));
                }
            }
        }
        return new ConstantCurvature(h, d, e);
    }

    /** 2 X^T X, exact when X is rational. */
    static ConstantCurvature leastSquares(Value[][] x) {
        int k = x[0].length;
        Value[][] h = new Value[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                boolean rational = true;
                for (Value[] row : x) rational &= row[i].isRational() && row[j].isRational();
                if (rational) {
                    var s = org.hipparchus.fraction.BigFraction.ZERO;
                    for (Value[] row : x) s = s.add(row[i].rational().multiply(row[j].rational()));
                    h[i][j] = Value.of(s.multiply(2), "H" + (i + 1) + (j + 1));
                } else {
                    BigDecimal s = BigDecimal.ZERO;
                    for (Value[] row : x) s = s.add(row[i].decimal().multiply(row[j].decimal()));
                    h[i][j] =
                            Value.irrational(
                                    s.multiply(BigDecimal.valueOf(2)), "H" + (i + 1) + (j + 1));
                }
            }
        }
        return of(h);
    }

    @Override
    public int dimension() {
        return h.length;
    }

    @Override
    public void hessian(double[] w, double[][] out) {
        for (int i = 0; i < doubles.length; i++)
            System.arraycopy(doubles[i], 0, out[i], 0, doubles.length);
    }

    @Override
    public Interval[][] enclose(double[] w) {
        Interval[][] out = new Interval[enclosure.length][];
        for (int i = 0; i < out.length; i++) out[i] = enclosure[i].clone();
        return out;
    }
}
