package dev.occam.symbolic;

import dev.occam.numeric.Interval;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/**
 * One node of a compiled formula, evaluable in each tier. Arguments are the formula's variables.
 */
interface Node {

    double d(double[] args);

    DD dd(DD[] args);

    /** {@code field} is the field of the arguments (constants are created in it). */
    Dfp dfp(Dfp[] args, DfpField field);

    /** A sound enclosure of the node's values over the box of arguments (see {@link Interval}). */
    Interval enclose(Interval[] args);
}
