package dev.occam.symbolic;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Interval;
import dev.occam.numeric.PointFunction;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * A formula compiled once into a tree of Java lambdas, evaluable in double, double-double and Dfp
 * without calling Symja. Arguments are in the order of {@link Formula#variables()}.
 */
public interface CompiledFormula extends PointFunction {

    int arity();

    @Override
    double value(double... args);

    @Override
    DD value(DD... args);

    @Override
    Dfp value(Dfp... args);

    /**
     * A sound enclosure of the formula's values over the box of argument intervals (endpoints may
     * be infinite): every value at a point of the box where the formula is defined lies in it,
     * rounding included; {@link Interval#maybeUndefined()} is false only when the formula is proved
     * defined on the whole box. A double evaluation at a point of the box lies in it too unless it
     * is NaN, or infinite by a division by 0 in a box marked possibly undefined.
     */
    Interval enclose(Interval... args);

    /** For a univariate formula; throws IllegalStateException otherwise. */
    ElementFunction asElementFunction();
}
