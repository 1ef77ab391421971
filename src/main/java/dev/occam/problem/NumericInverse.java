package dev.occam.problem;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.QuadDouble;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * x = (phi')^{-1}(y) when Symja finds no closed form: a bracketed Newton solve in double (phi' is
 * strictly increasing), refined by Newton steps in the higher tiers (quad-doubles in their own
 * arithmetic). NaN when y is outside the range of phi'.
 */
final class NumericInverse implements ElementFunction {
    private final ElementFunction dphi;
    private final ElementFunction d2phi;
    private final boolean positiveDomain;

    NumericInverse(ElementFunction dphi, ElementFunction d2phi, boolean positiveDomain) {
        this.dphi = dphi;
        this.d2phi = d2phi;
        this.positiveDomain = positiveDomain;
    }

    @Override
    public double apply(double y) {
        double lo = positiveDomain ? 0.5 : -1, hi = 1;
        for (int k = 0; dphi.apply(lo) > y; k++) {
            if (k > 2000) return Double.NaN;
            lo = positiveDomain ? lo / 2 : lo * 2;
        }
        for (int k = 0; dphi.apply(hi) < y; k++) {
            if (k > 2000) return Double.NaN;
            hi *= 2;
        }
        double x = 0.5 * (lo + hi);
        for (int k = 0; k < 200; k++) {
            double f = dphi.apply(x) - y;
            if (f == 0) return x;
            if (f > 0) hi = x;
            else lo = x;
            double next = x - f / d2phi.apply(x);
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi); // Newton left the bracket: bisect
            if (Math.abs(next - x) <= 1e-17 * Math.abs(x) || lo == hi) return next;
            x = next;
        }
        return x;
    }

    @Override
    public DD apply(DD y) {
        DD x = DD.of(apply(y.doubleValue()));
        for (int k = 0; k < 3; k++)
            x = x.subtract(dphi.apply(x).subtract(y).divide(d2phi.apply(x)));
        return x;
    }

    /**
     * From the double solve at y's leading component, Newton steps in quad-double arithmetic: 53,
     * 106 and 212 bits, and a fourth step for y's lower components and rounding.
     */
    @Override
    public void applyQuadDouble(double[] y, int iy, double[] r, int o, double[] t) {
        double[] s = SLOTS.get();
        QuadDouble.set(s, X, apply(y[iy]));
        for (int k = 0; k < 4 && Double.isFinite(s[X]); k++) {
            dphi.applyQuadDouble(s, X, s, F, t);
            QuadDouble.subtract(s, F, y, iy, s, F, t);
            d2phi.applyQuadDouble(s, X, s, D, t);
            QuadDouble.divide(s, F, s, D, s, F, t);
            QuadDouble.subtract(s, X, s, F, s, X, t);
        }
        QuadDouble.copy(s, X, r, o);
    }

    /** The quad-double Newton solve's x, phi'(x) - y (then the step) and phi''(x). */
    private static final ThreadLocal<double[]> SLOTS =
            ThreadLocal.withInitial(() -> new double[12]);

    private static final int X = 0;
    private static final int F = 4;
    private static final int D = 8;

    @Override
    public Dfp apply(Dfp y) {
        Dfp x = y.getField().newDfp(apply(y.toDouble()));
        for (int k = 0; k < 60; k++) {
            Dfp step = dphi.apply(x).subtract(y).divide(d2phi.apply(x));
            x = x.subtract(step);
            if (step.isZero()
                    || step.abs()
                            .lessThan(
                                    x.abs()
                                            .multiply(
                                                    y.getField()
                                                            .newDfp(
                                                                    "1e-"
                                                                            + (4
                                                                                            * y.getField()
                                                                                                    .getRadixDigits()
                                                                                    + 4))))) break;
        }
        return x;
    }
}
