package dev.occam.symbolic;

import dev.occam.numeric.ElementFunction;
import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;

/**
 * A formula compiled once into a tree of Java lambdas, evaluable in double, double-double and Dfp
 * without calling Symja. Arguments are in the order of {@link Formula#variables()}.
 */
public interface CompiledFormula {

    int arity();

    double value(double... args);

    DD value(DD... args);

    Dfp value(Dfp... args);

    /** For a univariate formula; throws IllegalStateException otherwise. */
    ElementFunction asElementFunction();
}
