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
}
