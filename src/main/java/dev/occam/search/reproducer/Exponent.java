package dev.occam.search.reproducer;

import dev.occam.numeric.Value;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;

/** The exact P of a norm named "lp:P", read as the spec's own reader reads it (Symja). */
final class Exponent {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private Exponent() {}

    static BigFraction of(String text) {
        Value p;
        try {
            p = Symbolic.get().number(text, TIME_LIMIT);
        } catch (FormulaException e) {
            throw new NotReproducible("the exponent of lp:" + text + " is not a number");
        }
        if (!p.isRational())
            throw new NotReproducible("the exponent of lp:" + text + " is not rational");
        return p.rational();
    }
}
