package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * A real function of one variable evaluable in every tier, e.g. a compiled mirror map.
 * Implementations must not call the symbolic engine.
 */
public interface ElementFunction {
    /** Doubles a quad-double evaluation may use as scratch (see {@link #applyQuadDouble}). */
    int QUAD_DOUBLE_SCRATCH = QDMath.SCRATCH + 12;

    double apply(double x);

    DD apply(DD x);

    Dfp apply(Dfp x);

    /**
     * f(h + l) for a double-double given as its two parts: returns the high part and writes the low
     * part to low[at]. By default through {@link #apply(DD)}, an object or more per call; what a
     * run applies on every iteration ({@link Softplus}, {@link SqrtPlus}) overrides it.
     */
    default double applyDoubleDouble(double h, double l, double[] low, int at) {
        DD r = apply(DD.ofSum(h, l));
        low[at] = r.lo();
        return r.hi();
    }

    /**
     * r[o..o+3] = f(x[ix..ix+3]) for quad-doubles (four doubles each, see {@link QuadDouble}),
     * given {@link #QUAD_DOUBLE_SCRATCH} doubles of scratch that overlap neither; r may be x. By
     * default through {@link #apply(Dfp)} and back, about 100 times the cost of quad-double
     * arithmetic; what a run applies on every iteration (compiled formulas, {@link Softplus},
     * {@link SqrtPlus}, the Newton inverse of a mirror map) overrides it.
     */
    default void applyQuadDouble(double[] x, int ix, double[] r, int o, double[] scratch) {
        QDTier.fromDfp(apply(QDTier.dfp(x, ix)), r, o);
    }
}
