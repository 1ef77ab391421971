package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * A real function of several variables evaluable in every tier (a compiled formula), the
 * multivariate companion of {@link ElementFunction}. Implementations must not call the symbolic
 * engine.
 */
public interface PointFunction {
    double value(double... args);

    DD value(DD... args);

    Dfp value(Dfp... args);

    /**
     * r[o..o+3] = f at n quad-doubles, variable i at args[4i..4i+3] (see {@link QuadDouble}). By
     * default through {@link #value(Dfp...)} in the tier's field; compiled formulas override it.
     */
    default void valueQuadDouble(double[] args, int n, double[] r, int o) {
        Dfp[] a = new Dfp[n];
        for (int i = 0; i < n; i++) a[i] = QDTier.dfp(args, 4 * i);
        QDTier.fromDfp(value(a), r, o);
    }
}
