package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * A real function of one variable evaluable in every tier, e.g. a compiled mirror map.
 * Implementations must not call the symbolic engine.
 */
public interface ElementFunction {
    double apply(double x);

    DD apply(DD x);

    Dfp apply(Dfp x);
}
