package dev.occam.symbolic;

import dev.occam.numeric.Interval;
import dev.occam.numeric.QuadDouble;

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

    /**
     * The value in quad-double arithmetic ({@link QuadDouble}), written to r[o..o+3] last, so r may
     * hold a variable: variable i at args[at + 4i]. The node keeps its temporaries in t[sp, sp +
     * {@link #SLOTS}) and gives its children t from sp + SLOTS on; t[0, QuadDouble.SCRATCH) is the
     * operations' scratch. Functions without a quad-double form go through Dfp.
     */
    void qd(double[] args, int at, double[] r, int o, double[] t, int sp);

    /** Doubles of t a node keeps its temporaries in: two quad-doubles. */
    int SLOTS = 8;

    /** Levels of the tree from this node down, itself included (sizes t for {@link #qd}). */
    int height();
}
