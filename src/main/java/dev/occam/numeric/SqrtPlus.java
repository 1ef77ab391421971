package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * sqrt(x) + c in every tier, double-doubles and quad-doubles by their own arithmetic (Newton's
 * correction, Heron's iteration) rather than through objects or a Dfp round trip: the
 * preconditioners of Adam (c = 0) and AdaGrad, applied on every iteration. With c = 0 the result is
 * sqrt(x) except that -0.0 gives +0.0.
 */
public record SqrtPlus(double c) implements ElementFunction {
    @Override
    public double apply(double x) {
        return Math.sqrt(x) + c;
    }

    @Override
    public DD apply(DD x) {
        return DDPairs.apply(this, x);
    }

    @Override
    public Dfp apply(Dfp x) {
        return x.sqrt().add(c);
    }

    @Override
    public double applyDoubleDouble(double h, double l, double[] low, int at) {
        double s = DDPairs.sqrt(h, l, low, at);
        return c == 0 ? s : DDPairs.add(s, low[at], c, 0, low, at);
    }

    @Override
    public void applyQuadDouble(double[] x, int ix, double[] r, int o, double[] t) {
        QD.sqrt(x, ix, r, o, t);
        if (c != 0) QD.add(r, o, c, r, o, t);
    }
}
